using System.Text.Json.Nodes;
using Cosyn.Families.Charts.Writers.VegaLite;

namespace Cosyn.Tests.Families.Charts.Writers.VegaLite;

/// <summary>chart-vegalite samples differ: topics, figure types, fonts and palettes spread across a run.</summary>
public sealed class VegaLiteDiversityTests
{
    [Fact]
    public void TwoHundredSamples_HaveDistinctTopicsAndSpreadStyles()
    {
        var pipeline = new ChartVegaLitePipeline();
        var samples = ChartSpread.AssertTopicsAndTypesSpread(pipeline);

        var configs = samples.Select(s => JsonNode.Parse(s.Code)!["config"]!).ToList();
        var fonts = configs.GroupBy(c => c["font"]!.GetValue<string>()).ToList();
        Assert.True(fonts.Count >= 6 && fonts.Max(g => g.Count()) < 50, $"{fonts.Count} fonts");
        Assert.True(configs.Select(c => c["range"]!["category"]!.ToJsonString()).Distinct().Count() >= 8, "too few palettes");
    }
}
