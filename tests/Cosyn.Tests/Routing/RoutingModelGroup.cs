namespace Cosyn.Tests.Routing;

/// <summary>Test classes that share one loaded embedding model (loading takes seconds; a test run loads it once).</summary>
[CollectionDefinition(Name)]
public sealed class RoutingModelGroup : ICollectionFixture<RoutingModelFixture>
{
    public const string Name = "routing model";
}
