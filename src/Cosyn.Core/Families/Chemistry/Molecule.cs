namespace Cosyn.Families.Chemistry;

/// <summary>A parsed molecule: heavy atoms in SMILES order, bonds, and the hydrogens each atom carries.</summary>
public sealed class Molecule
{
    private static readonly Dictionary<string, int[]> Valences = new(StringComparer.Ordinal)
    {
        ["B"] = [3],
        ["C"] = [4],
        ["N"] = [3, 5],
        ["O"] = [2],
        ["P"] = [3, 5],
        ["S"] = [2, 4, 6],
        ["F"] = [1],
        ["Cl"] = [1],
        ["Br"] = [1],
        ["I"] = [1],
    };

    private readonly List<int>[] _neighbours;

    public Molecule(IReadOnlyList<MolAtom> atoms, IReadOnlyList<MolBond> bonds)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        ArgumentNullException.ThrowIfNull(bonds);
        Atoms = atoms;
        Bonds = bonds;
        _neighbours = [.. atoms.Select(_ => new List<int>())];
        foreach (var bond in bonds)
        {
            _neighbours[bond.A].Add(bond.B);
            _neighbours[bond.B].Add(bond.A);
        }

        Hydrogens = [.. atoms.Select((_, i) => ImpliedHydrogens(i))];
    }

    public IReadOnlyList<MolAtom> Atoms { get; }

    public IReadOnlyList<MolBond> Bonds { get; }

    /// <summary>Hydrogens on each heavy atom (bracket count, or implied by the lowest fitting valence).</summary>
    public IReadOnlyList<int> Hydrogens { get; }

    public IReadOnlyList<int> Neighbours(int atom) => _neighbours[atom];

    /// <summary>All connections of an atom, hydrogens included (SMARTS X).</summary>
    public int Connections(int atom) => _neighbours[atom].Count + Hydrogens[atom];

    public IEnumerable<MolBond> BondsOf(int atom) => Bonds.Where(b => b.A == atom || b.B == atom);

    public MolBond? BondBetween(int a, int b) => Bonds.FirstOrDefault(x => (x.A == a && x.B == b) || (x.A == b && x.B == a));

    /// <summary>Whether <paramref name="atom"/> has a non-aromatic double bond to an aliphatic atom of one of <paramref name="elements"/>.</summary>
    public bool DoubleBondedTo(int atom, params string[] elements) =>
        BondsOf(atom).Any(b => b.Order == 2 && !b.Aromatic && !Atoms[b.Other(atom)].Aromatic && elements.Contains(Atoms[b.Other(atom)].Element));

    private int ImpliedHydrogens(int index)
    {
        var atom = Atoms[index];
        if (atom.BracketHydrogens is { } written)
        {
            return written;
        }

        // Aromatic bonds count one each, and an aromatic atom gives one more to the ring's pi system.
        var used = BondsOf(index).Sum(b => b.Order) + (atom.Aromatic ? 1 : 0);
        var valences = Valences[atom.Element];
        if (atom.Aromatic)
        {
            return Math.Max(0, valences[0] - used);
        }

        var fit = valences.FirstOrDefault(v => v >= used, 0);
        return Math.Max(0, fit - used);
    }
}
