namespace Cosyn.Tests.Rendering;

public sealed class ToolRegistryTests
{
    public static TheoryData<string> Tools => [.. ToolRegistry.Names];

    [Fact]
    public void All_ElevenToolsWithDistinctNames()
    {
        Assert.Equal(11, ToolRegistry.All.Count);
        Assert.Equal(ToolRegistry.Names.Count, ToolRegistry.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_EveryCatalogToolIsRegistered()
    {
        Assert.All(Cosyn.Catalog.PipelineCatalog.All, p => Assert.Contains(p.Tool, ToolRegistry.Names));
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Requirements_AptPackagesAreInstalledByBootstrap(string tool)
    {
        var declared = ToolRegistry.Find(tool)!.Requirements.AptPackages;

        Assert.NotEmpty(declared);
        AssertListed(tool, declared, BootstrapScript.Load().Array("APT_PACKAGES"), "APT_PACKAGES");
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Requirements_BinariesAreCheckedByBootstrap(string tool)
    {
        var declared = ToolRegistry.Find(tool)!.Requirements.Binaries;

        Assert.NotEmpty(declared);
        AssertListed(tool, declared, BootstrapScript.Load().Array("KEY_BINARIES"), "KEY_BINARIES");
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Requirements_PythonModulesAndNodeAssetsAreCheckedByBootstrap(string tool)
    {
        var script = BootstrapScript.Load();
        var requirements = ToolRegistry.Find(tool)!.Requirements;

        AssertListed(tool, requirements.PythonModules, script.PythonModules(), "PYTHON_MODULES");
        AssertListed(tool, requirements.NodeAssets, script.Array("NODE_ASSETS"), "NODE_ASSETS");
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task Definition_DefaultSettings_CreateTheNamedRendererInAnEnabledSandbox(string tool)
    {
        var definition = ToolRegistry.Find(tool)!;
        var settings = new RenderingSettings();

        await using var renderer = definition.CreateRenderer(settings);

        Assert.Equal(tool, renderer.Tool);
        Assert.False(definition.Sandbox(settings).DangerouslyDisableSandbox);
    }

    [Fact]
    public void ImagePolicies_FollowTheDefinitions()
    {
        Assert.All(ToolRegistry.All, t => Assert.Same(t.ImagePolicy, Cosyn.Rendering.Images.ImagePolicies.For(t.Name)));
        Assert.Same(Cosyn.Rendering.Images.ImagePolicy.Default, Cosyn.Rendering.Images.ImagePolicies.For("no-such-tool"));
    }

    private static void AssertListed(string tool, IReadOnlyList<string> declared, IReadOnlyList<string> listed, string list)
    {
        var missing = declared.Except(listed, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{tool} needs {string.Join(", ", missing)}, which scripts/bootstrap.sh {list} does not list");
    }
}
