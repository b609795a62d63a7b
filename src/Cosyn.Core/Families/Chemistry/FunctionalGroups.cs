namespace Cosyn.Families.Chemistry;

/// <summary>
/// Finds functional groups on the molecule graph, each rule written to mean exactly what the group's SMARTS in the catalog
/// means to RDKit (the drawing code highlights with that SMARTS, and the tests compare both over the whole catalog).
/// Returns the atoms of every match, united per group.
/// </summary>
public static class FunctionalGroups
{
    /// <summary>Group names in a fixed order, as the catalog and questions spell them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["carboxylic acid", "ester", "amide", "aldehyde", "ketone", "alcohol", "phenol", "amine", "ether", "nitrile", "nitro", "halide", "alkene", "alkyne", "thiol"];

    public static IReadOnlyDictionary<string, IReadOnlySet<int>> Find(Molecule m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var found = Names.ToDictionary(n => n, _ => new SortedSet<int>(), StringComparer.Ordinal);
        for (var i = 0; i < m.Atoms.Count; i++)
        {
            var a = m.Atoms[i];
            var aliphatic = !a.Aromatic;
            if (aliphatic && a.Element == "C" && m.Connections(i) == 3)
            {
                Carbonyl(m, i, found);
            }

            if (aliphatic && a.Element == "O" && m.Connections(i) == 2 && m.Hydrogens[i] == 1)
            {
                foreach (var n in m.Neighbours(i).Where(n => m.Atoms[n].Element == "C" && SingleOrAromatic(m, i, n)))
                {
                    var group = m.Atoms[n].Aromatic ? "phenol" : m.Connections(n) == 4 ? "alcohol" : null;
                    Add(found, group, i, n);
                }
            }

            if (aliphatic && a.Element == "N" && IsAmine(m, i))
            {
                found["amine"].Add(i);
            }

            if (aliphatic && a.Element == "O" && a.Charge == 0 && m.Hydrogens[i] == 0 && m.Neighbours(i).Count == 2
                && m.Neighbours(i).All(n => m.Atoms[n].Element == "C" && !m.DoubleBondedTo(n, "O", "S", "N")))
            {
                Add(found, "ether", [i, .. m.Neighbours(i)]);
            }

            if (aliphatic && a.Element == "N" && a.Charge == 1)
            {
                var oxygens = m.BondsOf(i).Where(b => !m.Atoms[b.Other(i)].Aromatic && m.Atoms[b.Other(i)].Element == "O").ToList();
                if (oxygens.Any(b => b.Order == 2) && oxygens.Any(b => b.Order == 1 && !b.Aromatic && m.Atoms[b.Other(i)].Charge == -1))
                {
                    Add(found, "nitro", [i, .. oxygens.Select(b => b.Other(i))]);
                }
            }

            if (a.Element is "F" or "Cl" or "Br" or "I")
            {
                found["halide"].Add(i);
            }

            if (aliphatic && a.Element == "S" && m.Connections(i) == 2 && m.Hydrogens[i] == 1)
            {
                found["thiol"].Add(i);
            }
        }

        foreach (var b in m.Bonds.Where(b => !b.Aromatic && !m.Atoms[b.A].Aromatic && !m.Atoms[b.B].Aromatic))
        {
            var (x, y) = (m.Atoms[b.A], m.Atoms[b.B]);
            if (b.Order == 2 && x.Element == "C" && y.Element == "C" && m.Connections(b.A) == 3 && m.Connections(b.B) == 3)
            {
                Add(found, "alkene", b.A, b.B);
            }

            if (b.Order == 3 && x.Element == "C" && y.Element == "C")
            {
                Add(found, "alkyne", b.A, b.B);
            }

            if (b.Order == 3 && x.Element != y.Element && x.Element is "C" or "N" && y.Element is "C" or "N")
            {
                var (c, n) = x.Element == "C" ? (b.A, b.B) : (b.B, b.A);
                if (m.Connections(n) == 1 && m.Connections(c) == 2)
                {
                    Add(found, "nitrile", c, n);
                }
            }
        }

        return found.Where(f => f.Value.Count > 0).ToDictionary(f => f.Key, f => (IReadOnlySet<int>)f.Value, StringComparer.Ordinal);
    }

    // Acid, ester, amide, aldehyde and ketone all start from an sp2 carbon with a double-bonded oxygen.
    private static void Carbonyl(Molecule m, int c, Dictionary<string, SortedSet<int>> found)
    {
        var carbonyl = m.BondsOf(c).Where(b => b.Order == 2 && !b.Aromatic && m.Atoms[b.Other(c)] is { Element: "O", Aromatic: false }).Select(b => b.Other(c)).ToList();
        if (carbonyl.Count == 0)
        {
            return;
        }

        var single = m.Neighbours(c).Where(n => SingleOrAromatic(m, c, n)).ToList();
        var carbons = single.Where(n => m.Atoms[n].Element == "C").ToList();
        foreach (var o in carbonyl)
        {
            foreach (var x in single.Where(n => m.Atoms[n] is { Element: "O", Aromatic: false } && m.Connections(n) == 2))
            {
                if (m.Hydrogens[x] == 1)
                {
                    Add(found, "carboxylic acid", c, o, x);
                }

                var esterCarbons = m.Neighbours(x).Where(r => r != c && m.Atoms[r].Element == "C").ToList();
                if (m.Hydrogens[x] == 0 && esterCarbons.Count > 0 && carbons.Count > 0)
                {
                    Add(found, "ester", [c, o, x, .. esterCarbons, .. carbons]);
                }
            }

            if (m.Connections(o) == 1)
            {
                foreach (var n in single.Where(n => m.Atoms[n] is { Element: "N", Aromatic: false } && m.Connections(n) == 3))
                {
                    Add(found, "amide", n, c, o);
                }
            }

            if (m.Hydrogens[c] == 1 && carbons.Count > 0)
            {
                Add(found, "aldehyde", [c, o, .. carbons]);
            }

            if (carbons.Count >= 2)
            {
                Add(found, "ketone", [c, o, .. carbons]);
            }
        }
    }

    private static bool IsAmine(Molecule m, int n)
    {
        if (m.Atoms[n].Charge != 0 || m.Connections(n) != 3 || m.BondsOf(n).Any(b => b.Order > 1))
        {
            return false;
        }

        return !m.Neighbours(n).Any(x =>
        {
            var atom = m.Atoms[x];
            return (atom.Element == "C" && m.DoubleBondedTo(x, "O", "S", "N"))
                || (!atom.Aromatic && atom.Element is "S" or "P" && m.DoubleBondedTo(x, "O"))
                || (!atom.Aromatic && atom.Element is "N" or "O");
        });
    }

    private static bool SingleOrAromatic(Molecule m, int a, int b) => m.BondBetween(a, b) is { } bond && (bond.Order == 1 || bond.Aromatic);

    private static void Add(Dictionary<string, SortedSet<int>> found, string? group, params int[] atoms)
    {
        if (group is not null)
        {
            found[group].UnionWith(atoms);
        }
    }
}
