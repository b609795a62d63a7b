using Cosyn.Families.Circuits;
using Cosyn.Families.Circuits.Writers.Latex;
using Cosyn.Tests.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Circuits;

/// <summary>Compiles generated schematics with the real pdflatex and checks the PDF's text shows the title, every designator and every value.</summary>
public sealed class CircuitLatexRenderTests
{
    [Fact]
    public void GeneratedSchematics_CompileForEveryFigureType_WithTitleDesignatorsAndValuesInThePdf()
    {
        var pipeline = new CircuitLatexPipeline();
        var samples = pipeline.FigureTypes.SelectMany(f => new long[] { 1, 2 }.Select(s => RoutedSamples.Make(pipeline, s, f)));
        var failures = PdfLatexSweep.Run("cosyn-circuit-", samples.Select(s => ($"{s.Topic.FigureType.Replace(' ', '-')}-{s.Seed}", s.Code, (Func<string, IEnumerable<string>>)(text => Problems((CircuitSpec)s.Data.Model, text)))));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(30)));
    }

    private static IEnumerable<string> Problems(CircuitSpec spec, string pdfText)
    {
        var text = Compact(pdfText);
        if (!text.Contains(Compact(spec.Title), StringComparison.OrdinalIgnoreCase))
        {
            yield return $"title '{spec.Title}' not found in: {text}";
        }

        // pdftotext writes subscripts on the base line ("R1", "Rin"); siunitx's thin space may vanish ("6V").
        var labels = spec.Parts.Select(p => p.Id).Concat(spec.Parts.Select(p => p.Label)).Append(SiQuantity.Format(spec.SourceVolts, "V"));
        foreach (var label in labels.Where(l => !text.Contains(Compact(l), StringComparison.Ordinal)))
        {
            yield return $"label '{label}' not found in: {text}";
        }
    }

    // No whitespace at all, and one code point each for ohm and micro (the PDF font maps them its own way).
    private static string Compact(string text) =>
        Regex.Replace(text, @"\s+", string.Empty).Replace('\u2126', '\u03A9').Replace('\u00B5', '\u03BC');
}
