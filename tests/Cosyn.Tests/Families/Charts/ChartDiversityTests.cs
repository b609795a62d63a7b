using System.Text.Json.Nodes;
using Cosyn.Families.Charts.Writers.Html;
using Cosyn.Families.Charts.Writers.Latex;
using Cosyn.Families.Charts.Writers.Matplotlib;
using Cosyn.Families.Charts.Writers.Plotly;
using Cosyn.Families.Charts.Writers.VegaLite;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Chart samples of every writer differ: topics and figure types spread across a run, and so does what the writer styles (stylesheets, fonts, palettes, templates).</summary>
public sealed class ChartDiversityTests
{
    [Fact]
    public void ChartMatplotlib_TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var samples = PipelineSamples.AssertDiverse(new ChartMatplotlibPipeline());

        var styles = samples.Select(s => Regex.Match(s.Code, @"plt\.style\.use\('([^']+)'\)").Groups[1].Value).GroupBy(x => x).ToList();
        Assert.True(styles.Count >= 10, $"only {styles.Count} style sheets");
        Assert.True(styles.Max(g => g.Count()) < 40, "one style dominates");
    }

    [Fact]
    public void SamePersonaAlone_StillGivesVariedTopics()
    {
        var topics = Enumerable.Range(0, 100).Select(i => ChartSamples.Make(9000 + i, persona: ChartSamples.Personas[0]).Topic.Topic).ToList();
        Assert.True(topics.Distinct().Count() > 85, $"{topics.Distinct().Count()} distinct");
    }

    [Fact]
    public void ChartHtml_TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var samples = PipelineSamples.AssertDiverse(new ChartHtmlPipeline());

        // The stylesheet carries the whole theme: fonts, surface, sizes, palette.
        var styles = samples.Select(s => s.Code[s.Code.IndexOf("<style>", StringComparison.Ordinal)..s.Code.IndexOf("</style>", StringComparison.Ordinal)]).Distinct().Count();
        Assert.True(styles >= 150, $"only {styles} distinct stylesheets");
        var fonts = samples.Select(s => System.Text.RegularExpressions.Regex.Match(s.Code, "font-family: ([^;]+);").Groups[1].Value).GroupBy(f => f).ToList();
        Assert.True(fonts.Count >= 6 && fonts.Max(g => g.Count()) < 50, "font stacks are not spread");
    }

    [Fact]
    public void ChartLatex_TwoHundredSamples_HaveDistinctTopicsAndSpreadTypesAndStyles()
    {
        var samples = PipelineSamples.AssertDiverse(new ChartLatexPipeline());

        // A style is the font set-up plus the first colour: both vary independently.
        var styles = samples.Select(s => Regex.Match(s.Code, @"\\usepackage\{lmodern\}\n(.*?)\\usepackage\{pgf.*?\{HTML\}\{(\w+)\}", RegexOptions.Singleline))
            .Select(m => m.Groups[1].Value + m.Groups[2].Value).GroupBy(x => x).ToList();
        Assert.True(styles.Count >= 30, $"only {styles.Count} font and palette combinations");
        Assert.True(styles.Max(g => g.Count()) < 20, "one style dominates");
    }

    [Fact]
    public void ChartPlotly_TwoHundredSamples_HaveDistinctTopicsAndSpreadTemplates()
    {
        var samples = ChartSpread.AssertTopicsAndTypesSpread(new ChartPlotlyPipeline());

        var templates = samples.GroupBy(s => Regex.Match(s.Code, @"\btemplate='([^']+)'").Groups[1].Value).ToList();
        Assert.Equal(PlotlyThemes.Templates.Count, templates.Count);
        Assert.True(templates.Max(g => g.Count()) < 60, "one template dominates");
        Assert.Contains(samples, s => s.Code.Contains("px.bar(", StringComparison.Ordinal) || s.Code.Contains("px.line(", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Code.Contains("go.Figure(", StringComparison.Ordinal));
    }

    [Fact]
    public void ChartVegaLite_TwoHundredSamples_HaveDistinctTopicsAndSpreadStyles()
    {
        var samples = ChartSpread.AssertTopicsAndTypesSpread(new ChartVegaLitePipeline());

        var configs = samples.Select(s => JsonNode.Parse(s.Code)!["config"]!).ToList();
        var fonts = configs.GroupBy(c => c["font"]!.GetValue<string>()).ToList();
        Assert.True(fonts.Count >= 6 && fonts.Max(g => g.Count()) < 50, $"{fonts.Count} fonts");
        Assert.True(configs.Select(c => c["range"]!["category"]!.ToJsonString()).Distinct().Count() >= 8, "too few palettes");
    }
}
