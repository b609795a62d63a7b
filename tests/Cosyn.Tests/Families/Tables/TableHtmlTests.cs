using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using Cosyn.Hosting;

namespace Cosyn.Tests.Families.Tables;

/// <summary>table-html documents parse strictly, carry the table's structure, and show every value; a few render in Chromium.</summary>
public sealed class TableHtmlTests
{

    [Fact]
    public void Documents_Parse_AndShowEveryNameAndValue()
    {
        var problems = new List<string>();
        for (var seed = 0; seed < 300; seed++)
        {
            var sample = TableSamples.Make("table-html", seed);
            var doc = Parse(sample.Code);
            var table = doc.Descendants("table").Single();
            var shown = table.Descendants().Where(e => e.Name == "th" || e.Name == "td").Select(e => VisibleText.Normalize(e.Value)).ToHashSet();
            var missing = VisibleText.Expected(sample.Data.Text).Select(VisibleText.Normalize).Where(t => !VisibleText.IsShown(shown, t)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"seed {seed}: not shown: {string.Join(" | ", missing)}");
            }

            // Every body row spans the same number of columns once rowspans are accounted for.
            var bodyRows = table.Element("tbody")!.Elements("tr").ToList();
            var width = table.Element("thead")!.Elements("tr").Last().Elements("th").Count() + (table.Element("thead")!.Elements("tr").Count() > 1 ? Spanned(table) : 0);
            var carried = 0;
            foreach (var tr in bodyRows)
            {
                var cells = tr.Elements().ToList();
                var span = cells.FirstOrDefault(c => c.Attribute("rowspan") is not null);
                var count = cells.Count + (span is null && carried > 0 ? 1 : 0);
                carried = span is not null ? int.Parse(span.Attribute("rowspan")!.Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : Math.Max(0, carried - 1);
                if (count != width)
                {
                    problems.Add($"seed {seed}: a body row has {count} cells, the header {width}");
                    break;
                }
            }

            if (!doc.Descendants("caption").Single().Value.StartsWith(sample.Topic.Topic, StringComparison.Ordinal))
            {
                problems.Add($"seed {seed}: caption does not start with the title");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(15)));
    }

    [Fact]
    public async Task FewDocuments_RenderInChromium_AndOcrFindsTheirValues()
    {
        // The production renderer (sandboxed warm Chromium, waits for load and fonts), not a raw chromium CLI call.
        var work = Directory.CreateTempSubdirectory("cosyn-html-");
        await using var renderers = CosynDefaults.CreateRenderers(1);
        try
        {
            foreach (var seed in new[] { 1, 4, 9 })
            {
                var sample = TableSamples.Make("table-html", seed);
                var png = Path.Combine(work.FullName, $"t{seed}.png");
                var result = await renderers.Get(ToolNames.Html).RenderAsync(new RenderRequest(ToolNames.Html, sample.Code, new RenderOptions { Width = 1200, Scale = 2 }), CancellationToken.None);
                Assert.True(result.Succeeded, result.Failure?.ToString());
                await File.WriteAllBytesAsync(png, result.Png!);
                var text = VisibleText.Normalize(Run("/usr/bin/tesseract", $"{png} stdout --psm 11"));
                var values = VisibleText.Expected(sample.Data.Text).Select(VisibleText.Normalize).Where(v => v.Any(char.IsDigit) && v.Length >= 3).ToList();
                var found = values.Count(v => text.Contains(v, StringComparison.Ordinal));
                Assert.True(found >= values.Count * 0.6, $"seed {seed}: OCR found {found} of {values.Count} values");
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    // Header columns the grouped first row spans down (row label and group label).
    private static int Spanned(XElement table) => table.Element("thead")!.Elements("tr").First().Elements("th").Count(th => th.Attribute("rowspan") is not null);

    private static string Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        return stdout;
    }
}
