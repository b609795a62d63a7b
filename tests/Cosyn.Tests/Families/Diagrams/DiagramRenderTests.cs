using System.Diagnostics;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Generated DOT renders with Graphviz and TikZ compiles with pdflatex; every label of the data is in the SVG text or the PDF text.</summary>
public sealed class DiagramRenderTests
{
    public static TheoryData<string, int> GraphvizCases() => Cases("diagram-graphviz");

    public static TheoryData<string, int> LatexCases() => Cases("diagram-latex");

    [Theory]
    [MemberData(nameof(GraphvizCases))]
    public void Dot_Renders_AndSvgShowsEveryLabel(string figureType, int seed)
    {
        var sample = DiagramSamples.Make("diagram-graphviz", seed, figureType);
        var (svg, log) = Run("/usr/bin/dot", "-Tsvg", Directory.GetCurrentDirectory(), sample.Code);
        Assert.True(svg.Contains("</svg>", StringComparison.Ordinal), log);
        var texts = string.Join(" ", System.Text.RegularExpressions.Regex.Matches(svg, "<text[^>]*>([^<]*)</text>").Select(m => m.Groups[1].Value));
        var missing = DiagramLabels.Missing(sample.Data.Text, DiagramLabels.FromMarkup(texts));
        Assert.True(missing.Count == 0, $"not in the SVG text: {string.Join(" | ", missing)}");
    }

    [Theory]
    [MemberData(nameof(LatexCases))]
    public void Tikz_Compiles_AndPdfShowsEveryLabel(string figureType, int seed)
    {
        var sample = DiagramSamples.Make("diagram-latex", seed, figureType);
        var work = Directory.CreateTempSubdirectory("cosyn-diagram-");
        try
        {
            File.WriteAllText(Path.Combine(work.FullName, "diagram.tex"), sample.Code);
            var (log, _) = Run("/usr/bin/pdflatex", "-interaction=nonstopmode -halt-on-error diagram.tex", work.FullName);
            Assert.True(File.Exists(Path.Combine(work.FullName, "diagram.pdf")), "pdflatex failed:\n" + log[^Math.Min(log.Length, 2000)..]);
            // -raw keeps the drawing order, so a node's wrapped lines stay together.
            Run("/usr/bin/pdftotext", "-raw diagram.pdf diagram.txt", work.FullName);
            var text = DiagramLabels.Normalize(File.ReadAllText(Path.Combine(work.FullName, "diagram.txt")));
            var missing = DiagramLabels.Missing(sample.Data.Text, text);
            Assert.True(missing.Count == 0, $"not in the PDF text: {string.Join(" | ", missing)}\n{text}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static TheoryData<string, int> Cases(string pipeline)
    {
        var data = new TheoryData<string, int>();
        foreach (var figureType in DiagramSamples.Pipeline(pipeline).FigureTypes)
        {
            data.Add(figureType, 11);
            data.Add(figureType, 23);
        }

        return data;
    }

    private static (string Stdout, string Stderr) Run(string file, string arguments, string directory, string? input = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000);
        return (stdout, stderr.Result);
    }
}
