namespace Cosyn.Tests.Rendering.Matplotlib;

/// <summary>A failed script's one-line reason names Python's error, its informative part and the user's line: one row a script.</summary>
public sealed class MatplotlibReasonTests(MatplotlibFixture fixture) : IClassFixture<MatplotlibFixture>
{
    /// <summary>Script, the kind expected and a pattern of its reason.</summary>
    public static TheoryData<string, RenderFailureKind, string> Reasons => new()
    {
        { "import matplotlib.pyplot as plt\n\nplt.plot([1, 2]\nplt.show()\n", RenderFailureKind.Syntax, @"^SyntaxError: .*\(line [34]\)$" },
        { "import matplotlib.pyplot as plt\nif True:\nplt.plot([1])\n", RenderFailureKind.Syntax, ReasonPattern.StartingWith("IndentationError") },

        // A multi-line exception message that starts with a newline keeps its informative part.
        { "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nraise ValueError('\\n  Invalid colour: blu\\n  use a named colour')\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("ValueError: Invalid colour: blu use a named colour (line 3)") },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Render_FailingScript_ReasonSaysWhy(string code, RenderFailureKind kind, string reason)
    {
        var result = await fixture.RenderAsync(code);

        Assert.Equal(kind, result.Failure?.Kind);
        Assert.Matches(reason, result.Failure!.Message);
    }
}
