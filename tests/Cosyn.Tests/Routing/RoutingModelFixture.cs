using Cosyn.Routing;

namespace Cosyn.Tests.Routing;

/// <summary>The shipped embedding router, loaded once for every test class of the "routing model" collection.</summary>
public sealed class RoutingModelFixture
{
    public OfflineQueryRouter Router { get; } = OfflineQueryRouter.Default;
}
