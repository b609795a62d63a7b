namespace Cosyn.Tests.Rendering.CliTools;

/// <summary>
/// A command-line tool's failure has a kind and a one-line reason that says why, not the tool's generic last words
/// ("shipout failed", "GUILE signaled an error", "Emergency stop"): one row a tool's failing source, its kind, a pattern
/// of its reason and, where it matters, a line the log excerpt must quote.
/// </summary>
public sealed class CliReasonTests
{
    public static TheoryData<string, string, RenderFailureKind, string, string?> Reasons => new()
    {
        // asymptote: compile errors with their position; "shipout failed" with the TeX or Ghostscript error behind it.
        { ToolNames.Asymptote, "size(5cm);\ndraw((0,0)--(1,1));\nreal y = x + 1;\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("no matching variable 'x' (line 3, column 10)"), "real y = x + 1;" },
        { ToolNames.Asymptote, "size(5cm);\nint[] a = {1, 2};\ndraw((0,0)--(a[5],1));\n", RenderFailureKind.Runtime, ReasonPattern.Containing("out-of-bounds index 5 (line 3"), null },
        { ToolNames.Asymptote, "size(3cm);\ndraw((0,0)--(1,1));\nlabel(\"x\", (1e30, 1e30));\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("runtime: shipout failed (in plain_shipout.asy): TeX Number too big."), null },
        { ToolNames.Asymptote, "settings.outformat=\"pdf\";\nsize(3cm);\ndraw((0,0)--(1,1));\npostscript(\"1 0 div\");\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("runtime: shipout failed (in plain_shipout.asy): Ghostscript /undefinedresult in --div--"), null },

        // graphviz: dot's own message without the source prefix.
        { ToolNames.Graphviz, "digraph {\n  a -> b;\n  b -> ;\n}\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("syntax error in line 3 near ';'"), null },
        { ToolNames.Graphviz, "digraph { a [label=<<b>bold</b> <i>open>]; }", RenderFailureKind.Syntax, ReasonPattern.StartingWith("mismatched tag in line 1"), null },

        // latex: the control sequence or package by name, and the informative line of a multi-line TeX error.
        { ToolNames.Latex, "\\documentclass{article}\n\\begin{document}\nHello \\foo world\n\\end{document}\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("Undefined control sequence \\foo (line 3)"), "l.3 Hello \\foo" },
        { ToolNames.Latex, "\\documentclass{article}\n\\usepackage{nosuchpackage}\n\\begin{document}x\\end{document}\n", RenderFailureKind.Runtime, ReasonPattern.StartingWith("missing package nosuchpackage"), null },
        { ToolNames.Latex, "\\documentclass{article}\n\\begin{document}\nRainfall by month\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("Emergency stop: the file ended before \\end{document}"), null },

        // lilypond: Guile's own line of a Scheme error (even though lilypond says "Success"), unknown commands, each located.
        { ToolNames.Lilypond, "\\version \"2.24.1\"\n\\relative c' { c4 d \\foo e f }\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("unknown escaped string: `\\foo' (line 2, column 21)"), null },
        { ToolNames.Lilypond, "\\version \"2.24.1\"\n#(undefined-thing 3)\n{ c'4 }\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("Unbound variable: undefined-thing (line 2, column 2)"), null },
        { ToolNames.Lilypond, "\\version \"2.24.0\"\n#(define bars (+ 4 \"four\"))\n\\relative c' { c4 d e f }\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("In procedure +: Wrong type: \"four\" (line 2, column 2)"), null },
        { ToolNames.Lilypond, "\\version \"2.24.0\"\n\\relative c' { c4 d e \\sparkle f }\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("unknown escaped string: `\\sparkle' (line 2, column 23)"), null },

        // svg: malformed XML with its position.
        { ToolNames.Svg, "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <text x=\"1\" y=\"2\">open\n</svg>\n", RenderFailureKind.Syntax, @"^XML parse error at line \d+, column \d+: ", null },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task Render_FailingSource_ReasonSaysWhy(string tool, string code, RenderFailureKind kind, string reason, string? quoted)
    {
        await using var renderer = CliToolHarness.CreateRenderer(tool);

        var result = await CliToolHarness.RenderAsync(renderer, code);

        CliToolHarness.AssertFails(result, kind);
        Assert.Matches(reason, result.Failure!.Message);
        if (quoted is not null)
        {
            Assert.Contains(quoted, result.Failure.LogExcerpt, StringComparison.Ordinal);
        }
    }
}
