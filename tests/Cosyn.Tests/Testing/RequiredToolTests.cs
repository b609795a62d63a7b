using Xunit.Sdk;

namespace Cosyn.Tests.Testing;

public sealed class RequiredToolTests
{
    [Fact]
    public void Check_ProgramMissing_FailsNamingItAndTheFix()
    {
        var failure = Assert.Throws<FailException>(() => RequiredTool.Check("cosyn-no-such-tool"));

        Assert.Equal("cosyn-no-such-tool is missing: run ./scripts/bootstrap.sh", failure.Message);
    }

    [Fact]
    public void Check_AbsolutePathMissing_Fails()
    {
        var failure = Assert.Throws<FailException>(() => RequiredTool.Check("/bin/sh", "/nonexistent/pdflatex"));

        Assert.Equal("/nonexistent/pdflatex is missing: run ./scripts/bootstrap.sh", failure.Message);
    }

    [Fact]
    public void Check_ProgramOnlyOutsideTheSearchPath_Fails()
    {
        var requirements = new ToolRequirements { Binaries = ["sh"] };

        Assert.Throws<FailException>(() => RequiredTool.Check(requirements, searchPath: "/nonexistent"));
        RequiredTool.Check(requirements, searchPath: "/nonexistent:/bin");
    }

    [Fact]
    public void Check_NodeAssetMissing_FailsNamingItsPath()
    {
        var requirements = new ToolRequirements { Binaries = ["sh"], NodeAssets = ["cosyn-no-such-package/x.js"] };

        var failure = Assert.Throws<FailException>(() => RequiredTool.Check(requirements));

        Assert.Equal("tools/node/node_modules/cosyn-no-such-package/x.js is missing: run ./scripts/bootstrap.sh", failure.Message);
    }

    [Fact]
    public void For_UnknownTool_Throws()
    {
        Assert.Throws<ArgumentException>(() => RequiredTool.For("no-such-tool"));
    }
}
