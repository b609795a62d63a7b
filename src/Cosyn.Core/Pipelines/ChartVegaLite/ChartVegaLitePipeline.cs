using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural.Charts;

namespace Cosyn.Pipelines.ChartVegaLite;

/// <summary>The procedural <c>chart-vegalite</c> pipeline: shared chart topic, data and QA stages, with a Vega-Lite v6 JSON spec as the code.</summary>
public sealed class ChartVegaLitePipeline : ChartPipeline
{
    public override string Name => "chart-vegalite";

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => VegaLiteSpecWriter.Write(spec, random);
}
