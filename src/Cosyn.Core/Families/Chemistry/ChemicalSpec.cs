namespace Cosyn.Families.Chemistry;

/// <summary>A molecule to draw and ask about: the catalog entry, its parsed graph and everything computed from that graph.</summary>
public sealed record ChemicalSpec(CatalogCompound Compound, string FigureType, string? HighlightGroup, Molecule Molecule, MoleculeFacts Facts, IReadOnlyDictionary<string, IReadOnlySet<int>> Groups)
{
    /// <summary>The name as the drawing's legend prints it.</summary>
    public string Legend => char.ToUpperInvariant(Compound.Name[0]) + Compound.Name[1..];

    /// <summary>Atoms the drawing highlights (every match of the highlighted group's SMARTS); empty when nothing is highlighted.</summary>
    public IReadOnlySet<int> Highlighted => HighlightGroup is null ? new HashSet<int>() : Groups[HighlightGroup];

    public static ChemicalSpec From(ChemicalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var molecule = SmilesParser.Parse(plan.Compound.Smiles);
        return new ChemicalSpec(plan.Compound, plan.FigureType, plan.HighlightGroup, molecule, new MoleculeFacts(molecule), FunctionalGroups.Find(molecule));
    }
}
