using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>The procedural <c>chemical-rdkit</c> pipeline: a persona-conditioned real compound, drawn with MolDraw2DCairo, QA computed from its SMILES graph.</summary>
public sealed class ChemicalRdkitPipeline() : ModelPipeline<ChemicalPlan, ChemicalSpec>(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chemical-rdkit", PipelineFamily.Chemical, ToolNames.Rdkit, ChemicalFigureTypes.All, SupportsLlm: true, () => new ChemicalRdkitPipeline());

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => ChemicalTopicPlanner.Plan(ticket, FigureTypes, random);

    protected override ChemicalSpec BuildModel(ChemicalPlan plan, SeededRandom random) => ChemicalSpec.From(plan);

    /// <summary>The data is the SMILES string, as the paper's molecule pipeline has the LLM write it.</summary>
    protected override string DataText(ChemicalSpec model) => model.Compound.Smiles;

    protected override string WriteCode(ChemicalSpec model, SeededRandom random) => RdkitDrawingWriter.Write(model, random);

    protected override IReadOnlyList<QaPair> WriteQa(ChemicalSpec model, SeededRandom random) => ChemicalQaGenerator.Generate(model, random);
}
