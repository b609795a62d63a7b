using Cosyn.Catalog;
using Cosyn.Rendering;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>The procedural <c>chemical-rdkit</c> pipeline: a persona-conditioned real compound, drawn with MolDraw2DCairo, QA computed from its SMILES graph.</summary>
public sealed class ChemicalRdkitPipeline() : StagedPipeline<ChemicalPlan, ChemicalSpec>(Definition, Stages, new RdkitDrawingWriter())
{
    // The data is the SMILES string, as the paper's molecule pipeline has the LLM write it.
    private static readonly PipelineStages<ChemicalPlan, ChemicalSpec> Stages =
        new(ChemicalTopicPlanner.Plan, (plan, _) => ChemicalSpec.From(plan), model => model.Compound.Smiles, ChemicalQaGenerator.Generate);

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chemical-rdkit", PipelineFamily.Chemical, ToolNames.Rdkit, ChemicalFigureTypes.All, SupportsLlm: true, () => new ChemicalRdkitPipeline());
}
