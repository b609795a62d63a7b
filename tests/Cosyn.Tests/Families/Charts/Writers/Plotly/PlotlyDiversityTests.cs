using Cosyn.Families.Charts.Writers.Plotly;

namespace Cosyn.Tests.Families.Charts.Writers.Plotly;

/// <summary>chart-plotly samples differ: topics, figure types, templates and the graph-objects / express forms spread across a run.</summary>
public sealed class PlotlyDiversityTests
{
    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadTemplates()
    {
        var pipeline = new ChartPlotlyPipeline();
        var samples = ChartSpread.AssertTopicsAndTypesSpread(pipeline);

        var templates = samples.GroupBy(s => Regex.Match(s.Code, @"\btemplate='([^']+)'").Groups[1].Value).ToList();
        Assert.Equal(PlotlyThemes.Templates.Count, templates.Count);
        Assert.True(templates.Max(g => g.Count()) < 60, "one template dominates");
        Assert.Contains(samples, s => s.Code.Contains("px.bar(", StringComparison.Ordinal) || s.Code.Contains("px.line(", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Code.Contains("go.Figure(", StringComparison.Ordinal));
    }
}
