using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural.Charts;

namespace Cosyn.Pipelines.ChartPlotly;

/// <summary>The procedural <c>chart-plotly</c> pipeline: shared chart topic, data and QA stages, with Plotly Python code.</summary>
public sealed class ChartPlotlyPipeline : ChartPipeline
{
    public override string Name => "chart-plotly";

    /// <summary>
    /// The shared types plus the extended ones Plotly draws natively. Candlestick is left out for now: in the Chromium
    /// render its plot area runs past the figure's right edge and the last candles are cut off.
    /// </summary>
    public override IReadOnlyList<string> FigureTypes { get; } = [.. ChartFigureTypes.All.Where(t => t != ChartFigureTypes.Candlestick)];

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => PlotlyCodeWriter.Write(spec, random);
}
