namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>The procedural <c>chart-vegalite</c> pipeline: shared chart topic, data and QA stages, with a Vega-Lite v6 JSON spec as the code.</summary>
public sealed class ChartVegaLitePipeline : ChartPipeline
{
    public override string Name => "chart-vegalite";

    /// <summary>The shared types plus the distribution and matrix types Vega-Lite draws idiomatically (circle sizes, bins, rect).</summary>
    public override IReadOnlyList<string> FigureTypes { get; } =
        [.. ChartFigureTypes.Standard, ChartFigureTypes.Bubble, ChartFigureTypes.Histogram, ChartFigureTypes.Heatmap];

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => VegaLiteSpecWriter.Write(spec, random);
}
