namespace Cosyn.Families.Chemistry;

/// <summary>The stages of molecule pipelines: a persona-conditioned real compound, its SMILES as the data, QA from its SMILES graph.</summary>
public static class ChemicalStages
{
    /// <summary>The stages for one pipeline; the data is the SMILES string, as the paper's molecule pipeline has the LLM write it.</summary>
    public static PipelineStages<ChemicalPlan, ChemicalSpec> Create() =>
        new(ChemicalTopicPlanner.Plan, (plan, _) => ChemicalSpec.From(plan), model => model.Compound.Smiles, ChemicalQaGenerator.Generate);
}
