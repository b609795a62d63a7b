namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>
/// A command-line tool's failure has a one-line reason that says why, not the tool's generic last words ("shipout
/// failed", "GUILE signaled an error", "Emergency stop"): one row a tool's failing source, its kind and exact reason.
/// </summary>
public sealed class CliReasonTests
{
    public static TheoryData<string, string, RenderFailureKind, string> Reasons => new()
    {
        // asymptote: the first TeX or Ghostscript error behind "shipout failed".
        { ToolNames.Asymptote, "size(3cm);\ndraw((0,0)--(1,1));\nlabel(\"x\", (1e30, 1e30));\n", RenderFailureKind.Runtime, "runtime: shipout failed (in plain_shipout.asy): TeX Number too big." },
        { ToolNames.Asymptote, "settings.outformat=\"pdf\";\nsize(3cm);\ndraw((0,0)--(1,1));\npostscript(\"1 0 div\");\n", RenderFailureKind.Runtime, "runtime: shipout failed (in plain_shipout.asy): Ghostscript /undefinedresult in --div--" },

        // latex: the informative line of a multi-line TeX error.
        { ToolNames.Latex, "\\documentclass{article}\n\\begin{document}\nRainfall by month\n", RenderFailureKind.Syntax, "Emergency stop: the file ended before \\end{document}" },

        // lilypond: Guile's own line of a Scheme error, and the unknown command, each with its location.
        { ToolNames.Lilypond, "\\version \"2.24.0\"\n#(define bars (+ 4 \"four\"))\n\\relative c' { c4 d e f }\n", RenderFailureKind.Runtime, "In procedure +: Wrong type: \"four\" (line 2, column 2)" },
        { ToolNames.Lilypond, "\\version \"2.24.0\"\n\\relative c' { c4 d e \\sparkle f }\n", RenderFailureKind.Syntax, "unknown escaped string: `\\sparkle' (line 2, column 23)" },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Render_FailingSource_ReasonSaysWhy(string tool, string code, RenderFailureKind kind, string reason)
    {
        await using var renderer = CliToolHarness.CreateRenderer(tool);

        var result = await CliToolHarness.RenderAsync(renderer, code);

        CliToolHarness.AssertFails(result, kind);
        Assert.Equal(reason, result.Failure!.Message);
    }
}
