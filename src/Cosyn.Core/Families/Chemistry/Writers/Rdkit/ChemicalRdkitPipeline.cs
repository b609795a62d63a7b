using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>The procedural <c>chemical-rdkit</c> pipeline: a persona-conditioned real compound, drawn with MolDraw2DCairo, QA computed from its SMILES graph.</summary>
public sealed class ChemicalRdkitPipeline : IProceduralPipeline
{
    public string Name => "chemical-rdkit";

    public IReadOnlyList<string> FigureTypes => ChemicalFigureTypes.All;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => ChemicalTopicPlanner.Plan(ticket, FigureTypes, random);

    /// <summary>The data is the SMILES string, as the paper's molecule pipeline has the LLM write it.</summary>
    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var spec = ChemicalSpec.From((ChemicalPlan)topic.Plan);
        return new ProceduralData(spec.Compound.Smiles, spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return RdkitDrawingWriter.Write((ChemicalSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ChemicalQaGenerator.Generate((ChemicalSpec)data.Model, random);
    }
}
