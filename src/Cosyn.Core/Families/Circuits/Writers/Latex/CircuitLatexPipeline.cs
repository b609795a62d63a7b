using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>The procedural <c>circuit-latex</c> pipeline: persona-conditioned circuits of preferred values, drawn with circuitikz, QA by circuit analysis.</summary>
public sealed class CircuitLatexPipeline() : ModelPipeline<CircuitPlan, CircuitSpec>(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("circuit-latex", PipelineFamily.Circuit, ToolNames.Latex, CircuitFigureTypes.All, SupportsLlm: true, () => new CircuitLatexPipeline());

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => CircuitTopicPlanner.Plan(ticket, FigureTypes, random);

    protected override CircuitSpec BuildModel(CircuitPlan plan, SeededRandom random) => CircuitDataGenerator.Generate(plan, random);

    protected override string DataText(CircuitSpec model) => CircuitJson.Write(model);

    protected override string WriteCode(CircuitSpec model, SeededRandom random) => CircuitikzWriter.Write(model, random);

    protected override IReadOnlyList<QaPair> WriteQa(CircuitSpec model, SeededRandom random) => CircuitQaGenerator.Generate(model, random);
}
