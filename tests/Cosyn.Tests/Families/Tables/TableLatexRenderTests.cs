using System.Diagnostics;
using Cosyn.Families.Tables;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Generated table-latex documents compile with pdflatex, and pdftotext finds every name and value.</summary>
public sealed class TableLatexRenderTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        string[] types = [TableFigureTypes.Simple, TableFigureTypes.GroupedHeader, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.Wide, TableFigureTypes.LongRows];
        foreach (var type in types)
        {
            foreach (var seed in new[] { 3, 17 })
            {
                data.Add(type, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_Compiles_AndShowsEveryValue(string figureType, int seed)
    {
        RequiredTool.Check("/usr/bin/pdflatex", "/usr/bin/pdftotext");

        var sample = TableSamples.Make("table-latex", seed, figureType);
        var work = Directory.CreateTempSubdirectory("cosyn-latex-");
        try
        {
            File.WriteAllText(Path.Combine(work.FullName, "table.tex"), sample.Code);
            var log = Run("/usr/bin/pdflatex", "-interaction=nonstopmode -halt-on-error table.tex", work.FullName);
            var pdf = Path.Combine(work.FullName, "table.pdf");
            Assert.True(File.Exists(pdf), "pdflatex failed:\n" + log[^Math.Min(log.Length, 2000)..]);
            Run("/usr/bin/pdftotext", "table.pdf table.txt", work.FullName);
            var text = VisibleText.Normalize(File.ReadAllText(Path.Combine(work.FullName, "table.txt")).Replace('\u2212', '-'));
            var missing = VisibleText.Expected(sample.Data.Text).Select(VisibleText.Normalize).Where(t => !text.Contains(t, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"not in the PDF text: {string.Join(" | ", missing)}\n{text}");
            Assert.Contains(VisibleText.Normalize(sample.Topic.Topic), text, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000);
        return stdout + stderr.Result;
    }
}
