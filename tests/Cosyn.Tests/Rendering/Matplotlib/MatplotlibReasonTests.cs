namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>The one-line reason of a failed script carries the informative part of a multi-line exception message.</summary>
public sealed class MatplotlibReasonTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    [Fact]
    public async Task Render_ExceptionMessageStartingWithNewline_ReasonHasTheMessage()
    {
        var result = await fixture.RenderAsync("import matplotlib.pyplot as plt\nplt.plot([1, 2])\nraise ValueError('\\n  Invalid colour: blu\\n  use a named colour')\n");

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.Equal("ValueError: Invalid colour: blu use a named colour (line 3)", result.Failure!.Message);
    }
}
