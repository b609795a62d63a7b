using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>The procedural <c>chemical-rdkit</c> pipeline: a persona-conditioned real compound, drawn with MolDraw2DCairo, QA computed from its SMILES graph.</summary>
public sealed class ChemicalRdkitPipeline() : StagedPipeline<ChemicalPlan, ChemicalSpec>(Definition, ChemicalStages.Create(), new RdkitDrawingWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chemical-rdkit", PipelineFamily.Chemical, ToolNames.Rdkit, ChemicalFigureTypes.All, SupportsLlm: true, () => new ChemicalRdkitPipeline());
}
