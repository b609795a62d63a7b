using System.Collections.Concurrent;

namespace Cosyn.Tests.Families.Charts.Writers.Latex;

/// <summary>
/// Compiles a batch of generated documents two at a time in a temp folder and gathers what each PDF's text lacks.
/// COSYN_PREVIEW=1 keeps the folder (with PNGs) and prints where it is.
/// </summary>
internal static class PdfLatexSweep
{
    /// <param name="folderPrefix">Temp folder name prefix.</param>
    /// <param name="documents">Per document: a folder name, its source, and a check of its PDF text returning the problems.</param>
    public static List<string> Run(string folderPrefix, IEnumerable<(string Name, string Tex, Func<string, IEnumerable<string>> Problems)> documents)
    {
        Assert.True(PdfLatex.Available, "pdflatex and pdftotext are required");
        var root = Directory.CreateTempSubdirectory(folderPrefix);
        var preview = Environment.GetEnvironmentVariable("COSYN_PREVIEW") == "1";
        try
        {
            var failures = new ConcurrentBag<string>();
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 2 }, doc =>
            {
                var (text, error) = PdfLatex.CompileToText(doc.Tex, Path.Combine(root.FullName, doc.Name), preview ? 110 : 0);
                foreach (var problem in error is null ? doc.Problems(text!) : [error])
                {
                    failures.Add($"{doc.Name}: {problem}");
                }
            });
            if (preview)
            {
                Console.WriteLine("preview: " + root.FullName);
            }

            return [.. failures];
        }
        finally
        {
            if (!preview)
            {
                root.Delete(recursive: true);
            }
        }
    }
}
