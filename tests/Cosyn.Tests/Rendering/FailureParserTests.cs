using Cosyn.Rendering.Asymptote;
using Cosyn.Rendering.Graphviz;
using Cosyn.Rendering.Latex;
using Cosyn.Rendering.Lilypond;
using Cosyn.Rendering.Svg;

namespace Cosyn.Tests.Rendering;

/// <summary>
/// Each command-line tool's failure parser turns what its tool left behind into a kind and a one-line reason, or
/// into no failure at all: one row a parser's input and the outcome expected of it.
/// </summary>
public sealed class FailureParserTests
{
    private const string MissingDollarLog = "(./doc.tex\n! Missing $ inserted.\n<inserted text> \n                $\nl.7 x^\n      2 is the square\nmore\n! Another error.\n";

    private const string LilypondParseError = "Parsing...\nscore.ly:4:1: error: syntax error, unexpected '}'\n\n}\nfatal error: failed files: \"score.ly\"\n";

    // Every parser reads an exit code and a text: asy's output (the user's file is figure.asy), dot's, lilypond's and
    // rsvg-convert's stderr, a TeX log.
    private static readonly Dictionary<string, Func<int, string, RenderFailure?>> Parsers = new()
    {
        [nameof(AsymptoteFailureParser)] = (_, output) => AsymptoteFailureParser.Classify(ToolNames.Asymptote, output, "figure.asy"),
        [nameof(GraphvizFailureParser)] = (exit, stderr) => GraphvizFailureParser.Classify(ToolNames.Graphviz, exit, stderr),
        [nameof(LilypondFailureParser)] = (exit, stderr) => LilypondFailureParser.Classify(ToolNames.Lilypond, exit, stderr),
        [nameof(SvgFailureParser)] = (exit, stderr) => SvgFailureParser.Classify(ToolNames.Svg, exit, stderr),
        [nameof(LatexLogParser.FirstError)] = (_, log) => LatexLogParser.FirstError(ToolNames.Latex, log),
        [nameof(LatexLogParser.NoOutput)] = (_, log) => LatexLogParser.NoOutput(ToolNames.Latex, log),
    };

    /// <summary>Parser, exit code, its text, the kind expected (null: no failure) and a pattern of the reason.</summary>
    public static TheoryData<string, int, string, RenderFailureKind?, string?> Outcomes => new()
    {
        // asymptote: a diagnostic in the user's file wins over a library's; a library's names the library file.
        { nameof(AsymptoteFailureParser), 1, "  return system(split(s));\n  ^\n/usr/share/asymptote/plain_strings.asy: 135.3: system() call disabled\nfigure.asy: 4.1: syntax error\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("syntax error (line 4, column 1)") },
        { nameof(AsymptoteFailureParser), 1, "/usr/share/asymptote/plain_shipout.asy: 116.11: runtime: shipout failed\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("runtime: shipout failed (in plain_shipout.asy)") },
        { nameof(AsymptoteFailureParser), 1, "Unrecoverable error: limitcheck\nmore", RenderFailureKind.Runtime, ReasonPattern.Exactly("Unrecoverable error: limitcheck") },

        // graphviz: warnings with exit 0 are success; the source prefix is stripped; a signal is a crash.
        { nameof(GraphvizFailureParser), 0, "Warning: No or improper image=\"/etc/passwd\" for node \"a\"\n", null, null },
        { nameof(GraphvizFailureParser), 1, "Error: graph.gv: syntax error in line 4 near '->'\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("syntax error in line 4 near '->'") },
        { nameof(GraphvizFailureParser), 139, "", RenderFailureKind.Runtime, ReasonPattern.StartingWith("dot crashed (signal 11)") },
        { nameof(GraphvizFailureParser), 1, "Error: out of memory\n", RenderFailureKind.Memory, null },

        // lilypond: warnings are success; a parse error keeps its location; a fatal line without one is runtime.
        { nameof(LilypondFailureParser), 0, "Parsing...\nscore.ly:3:9: warning: barcheck failed at: 1/4\nSuccess: compilation successfully completed\n", null, null },
        { nameof(LilypondFailureParser), 1, LilypondParseError, RenderFailureKind.Syntax, ReasonPattern.Exactly("syntax error, unexpected '}' (line 4, column 1)") },
        { nameof(LilypondFailureParser), 1, "fatal error: failed files: \"score.ly\"\n", RenderFailureKind.Runtime, ReasonPattern.Exactly("fatal error: failed files: \"score.ly\"") },

        // svg: an XML error is syntax with its position.
        { nameof(SvgFailureParser), 1, "Error reading SVG image.svg: XML parse error: Error domain 1 code 77 on line 3 column 7 of data: Premature end of data in tag svg line 1\n", RenderFailureKind.Syntax, ReasonPattern.Exactly("XML parse error at line 3, column 7: Premature end of data in tag svg line 1") },

        // latex: the first error with its line; a missing class is runtime naming it; no error line, no failure.
        { nameof(LatexLogParser.FirstError), 1, MissingDollarLog, RenderFailureKind.Syntax, ReasonPattern.Exactly("Missing $ inserted. (line 7)") },
        { nameof(LatexLogParser.FirstError), 1, "! LaTeX Error: File `fancyclass.cls' not found.\n\nl.1 \\documentclass{fancyclass}\n", RenderFailureKind.Runtime, ReasonPattern.StartingWith("missing document class fancyclass") },
        { nameof(LatexLogParser.FirstError), 0, "This is pdfTeX\nOutput written on doc.pdf\n", null, null },
        { nameof(LatexLogParser.NoOutput), 1, "No pages of output.\n", RenderFailureKind.NoOutput, ReasonPattern.Exactly("the document produced no pages") },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Parse_ToolOutput_GivesTheExpectedKindAndReason(string parser, int exitCode, string text, RenderFailureKind? kind, string? reason)
    {
        var failure = Parsers[parser](exitCode, text);

        Assert.Equal(kind, failure?.Kind);
        if (reason is not null)
        {
            Assert.Matches(reason, failure!.Message);
        }
    }

    [Fact]
    public void FirstError_MissingDollar_ExcerptEndsWithTheContextOfThatError()
    {
        var excerpt = LatexLogParser.FirstError(ToolNames.Latex, MissingDollarLog)!.LogExcerpt;

        Assert.EndsWith("      2 is the square", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Another", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_LilypondParseError_ExcerptLeavesOutTheFatalSummary() =>
        Assert.DoesNotContain("fatal", LilypondFailureParser.Classify(ToolNames.Lilypond, 1, LilypondParseError)!.LogExcerpt, StringComparison.Ordinal);
}
