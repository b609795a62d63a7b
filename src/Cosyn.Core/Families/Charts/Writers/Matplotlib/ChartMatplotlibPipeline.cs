namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// The procedural <c>chart-matplotlib</c> pipeline: shared chart topic, data and QA stages, with matplotlib code.
/// Other chart pipelines reuse everything but <see cref="MatplotlibCodeWriter"/>.
/// </summary>
public sealed class ChartMatplotlibPipeline : ChartPipeline
{
    public override string Name => "chart-matplotlib";

    public override IReadOnlyList<string> FigureTypes => ChartFigureTypes.All;

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => MatplotlibCodeWriter.Write(spec, random);
}
