namespace Cosyn.Tests.Rendering.Chromium;

/// <summary>Chromium tests share one fixture and run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "chromium";
}
