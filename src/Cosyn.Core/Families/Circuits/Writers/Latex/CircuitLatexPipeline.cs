using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The procedural <c>circuit-latex</c> pipeline: persona-conditioned circuits of preferred values, drawn with circuitikz, QA by circuit analysis.</summary>
public sealed class CircuitLatexPipeline() : StagedPipeline<CircuitPlan, CircuitSpec>(Definition, Stages, new CircuitikzWriter())
{
    private static readonly PipelineStages<CircuitPlan, CircuitSpec> Stages =
        new(CircuitTopicPlanner.Plan, CircuitDataGenerator.Generate, CircuitJson.Write, CircuitQaGenerator.Generate);

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("circuit-latex", PipelineFamily.Circuit, ToolNames.Latex, CircuitFigureTypes.All, SupportsLlm: true, () => new CircuitLatexPipeline());
}
