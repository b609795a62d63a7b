namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>The procedural <c>chart-plotly</c> pipeline: shared chart topic, data and QA stages, with Plotly Python code.</summary>
public sealed class ChartPlotlyPipeline : ChartPipeline
{
    public override string Name => "chart-plotly";

    /// <summary>The shared types plus every extended type, all drawn with Plotly's own traces.</summary>
    public override IReadOnlyList<string> FigureTypes => ChartFigureTypes.All;

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => PlotlyCodeWriter.Write(spec, random);
}
