namespace Cosyn.Families.Chemistry;

/// <summary>The molecule figure types, as the catalog names them.</summary>
public static class ChemicalFigureTypes
{
    public const string Molecule = "molecule";
    public const string AtomIndices = "molecule with atom indices";
    public const string GroupHighlight = "functional group highlight";

    public static IReadOnlyList<string> All { get; } = [Molecule, AtomIndices, GroupHighlight];
}
