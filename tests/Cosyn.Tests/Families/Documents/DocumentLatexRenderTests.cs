using Cosyn.Families.Documents;
using Cosyn.Families.Documents.Writers.Latex;
using Cosyn.Tests.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Compiles generated documents of every document-latex kind with the real pdflatex; the PDF text must hold the title, fields, cells and totals.</summary>
public sealed class DocumentLatexRenderTests
{
    [Fact]
    public void GeneratedDocuments_CompileForEveryKind_AndShowEveryValueAskedAbout()
    {
        var pipeline = new DocumentLatexPipeline();
        var samples = pipeline.FigureTypes.SelectMany(k => new long[] { 1, 2 }.Select(s => DocumentSamples.Make(pipeline.Name, s, k)));
        var failures = PdfLatexSweep.Run("cosyn-doc-latex-", samples.Select(s => ($"{s.Topic.FigureType.Replace(' ', '-')}-{s.Seed}", s.Code, (Func<string, IEnumerable<string>>)(text => Problems(s, text)))));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // What the PDF text lacks of the values the questions ask about, as one problem.
    private static IEnumerable<string> Problems(ProceduralSample sample, string pdfText)
    {
        var missing = DocumentVisibleText.Missing((DocumentSpec)sample.Data.Model, pdfText);
        return missing.Count == 0 ? [] : [$"not in the PDF: {string.Join(" | ", missing)}"];
    }
}
