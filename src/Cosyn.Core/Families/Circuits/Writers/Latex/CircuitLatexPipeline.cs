using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The procedural <c>circuit-latex</c> pipeline: persona-conditioned circuits of preferred values, drawn with circuitikz, QA by circuit analysis.</summary>
public sealed class CircuitLatexPipeline() : StagedPipeline<CircuitPlan, CircuitSpec>(Definition, CircuitStages.Create(), new CircuitikzWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("circuit-latex", PipelineFamily.Circuit, ToolNames.Latex, CircuitFigureTypes.All, SupportsLlm: true, () => new CircuitLatexPipeline());
}
