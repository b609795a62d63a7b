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
        Assert.True(PdfLatex.Available, "pdflatex and pdftotext are required");
        var pipeline = new DocumentLatexPipeline();
        var root = Directory.CreateTempSubdirectory("cosyn-doc-latex-");
        try
        {
            var samples = pipeline.FigureTypes.SelectMany(k => new long[] { 1, 2 }.Select(s => DocumentSamples.Make(pipeline.Name, s, k))).ToList();
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.ForEach(samples, new ParallelOptions { MaxDegreeOfParallelism = 2 }, sample =>
            {
                var dir = Path.Combine(root.FullName, $"{sample.Topic.FigureType.Replace(' ', '-')}-{sample.Seed}");
                var (text, error) = PdfLatex.CompileToText(sample.Code, dir);
                var missing = error is null ? DocumentVisibleText.Missing((DocumentSpec)sample.Data.Model, text!) : [error];
                if (missing.Count > 0)
                {
                    failures.Add($"{sample.Topic.FigureType} seed {sample.Seed}: not in the PDF: {string.Join(" | ", missing)}");
                }
            });
            Assert.True(failures.IsEmpty, string.Join("\n", failures));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
