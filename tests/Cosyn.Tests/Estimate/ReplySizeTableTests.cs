using Cosyn.Catalog;
using Cosyn.Estimate;
using Cosyn.Families.Points;
using Cosyn.Families.Screens.Model;
using Cosyn.Synthesis.Llm;
using Cosyn.Tests.Families.Screens;

namespace Cosyn.Tests.Estimate;

/// <summary>The reply size table is what the goldens measure: re-derived here with the same tokenizer.</summary>
public sealed class ReplySizeTableTests
{
    private const double Tolerance = 0.25;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Table_EveryLlmPipeline_HasSizesWithinAQuarterOfItsGoldens()
    {
        var derived = Derive();
        var table = ReplySizeTable.Default.Sizes;
        var json = JsonSerializer.Serialize(derived.ToDictionary(d => d.Key, d => new { topic = d.Value.Topic, data = d.Value.Data, code = d.Value.Code, qa = d.Value.Qa, repairs = d.Value.Repairs, corrections = d.Value.Corrections }), Indented);
        foreach (var pipeline in PipelineCatalog.All.Where(p => LlmSynthesizer.SupportsPipeline(p.Name) && derived.ContainsKey(p.Name)))
        {
            Assert.True(table.TryGetValue(pipeline.Name, out var size), $"{pipeline.Name} is missing from ReplySizes.json; derived:\n{json}");
            var measured = derived[pipeline.Name];
            foreach (var (stage, have, want) in new[] { ("data", size.Data, measured.Data), ("code", size.Code, measured.Code), ("qa", size.Qa, measured.Qa) })
            {
                Assert.True(Math.Abs(have - want) <= Tolerance * want, $"{pipeline.Name} {stage}: table {have}, goldens {want}; derived:\n{json}");
            }
        }
    }

    /// <summary>Questions a pointing reply holds: the middle of the 6 to 10 the pointing prompt asks for.</summary>
    private const int PointingQuestions = 8;

    /// <summary>
    /// Mean o200k tokens of each golden's data, code and QA sections (QA plus 12 tokens of JSON keys a pair). Pointing
    /// rows have no QA pairs: their QA reply is the golden sample's first <see cref="PointingQuestions"/> candidate
    /// questions with their marks, in the reply's JSON.
    /// </summary>
    internal static Dictionary<string, ReplySize> Derive()
    {
        var counter = TokenCounter.For("gpt-4o");
        var root = Path.Combine(AppContext.BaseDirectory, "Golden");
        var sizes = new Dictionary<string, ReplySize>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(folder, "*.txt");
            var sections = files.Select(f => Sections(File.ReadAllText(f))).Where(s => s.ContainsKey("code")).ToList();
            if (Path.GetFileName(folder) == "point-html")
            {
                sections.ForEach(s => s["pointing"] = PointingReply(s["header"]));
            }

            if (sections.Count == 0)
            {
                continue;
            }

            int Mean(Func<Dictionary<string, string>, int> measure) => (int)Math.Round(sections.Average(measure));
            sizes[Path.GetFileName(folder)] = new ReplySize(
                80,
                Mean(s => counter.Count(s.GetValueOrDefault("data", string.Empty))),
                Mean(s => counter.Count(s["code"])),
                Mean(s => s.TryGetValue("pointing", out var reply) ? counter.Count(reply) : counter.Count(s.GetValueOrDefault("qa", string.Empty)) + (12 * Regex.Count(s.GetValueOrDefault("qa", string.Empty), "^Q: ", RegexOptions.Multiline))),
                0.25,
                0.05);
        }

        return sizes;
    }

    /// <summary>The pointing reply a model would write for the golden sample its header names ("# point-html seed 4", "# figure type: ...").</summary>
    private static string PointingReply(string header)
    {
        var seed = long.Parse(Regex.Match(header, @"seed (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var figureType = Regex.Match(header, "^# figure type: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        var model = ScreenSamples.Make("point-html", seed, figureType).Data.Model;
        var candidates = model is InvoiceDocument invoice ? InvoicePointQuestions.For(invoice) : ScreenPointQuestions.For((IScreen)model!);
        return JsonSerializer.Serialize(new { questions = candidates.Take(PointingQuestions).Select(q => new { question = q.Question, targets = q.Targets }) });
    }

    private static Dictionary<string, string> Sections(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal) { ["header"] = text.Split("\n## ", 2)[0] };
        foreach (Match match in Regex.Matches(text, @"^## (\w+)\n(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            sections[match.Groups[1].Value] = match.Groups[2].Value.Trim();
        }

        return sections;
    }
}
