namespace Cosyn.Families.Chemistry;

/// <summary>
/// The smallest set of smallest rings: for every bond, the shortest cycle through it; then, shortest first, the cycles
/// that are independent of those already kept (GF(2) elimination over bond sets) until there are bonds − atoms + pieces.
/// </summary>
public static class RingFinder
{
    /// <summary>Each ring as the indices of its bonds in <see cref="Molecule.Bonds"/>.</summary>
    public static IReadOnlyList<IReadOnlySet<int>> SmallestRings(Molecule molecule)
    {
        ArgumentNullException.ThrowIfNull(molecule);
        var candidates = new List<HashSet<int>>();
        for (var b = 0; b < molecule.Bonds.Count; b++)
        {
            if (ShortestPath(molecule, molecule.Bonds[b].A, molecule.Bonds[b].B, b) is { } path)
            {
                path.Add(b);
                candidates.Add(path);
            }
        }

        var kept = new List<IReadOnlySet<int>>();
        var basis = new List<bool[]>();
        foreach (var cycle in candidates.OrderBy(c => c.Count).ThenBy(c => string.Join(",", c.Order())))
        {
            var vector = new bool[molecule.Bonds.Count];
            foreach (var bond in cycle)
            {
                vector[bond] = true;
            }

            if (Reduce(basis, vector))
            {
                kept.Add(cycle);
            }
        }

        return kept;
    }

    // Breadth-first search from a to b that may not use bond `skip`; returns the bonds on the path.
    private static HashSet<int>? ShortestPath(Molecule m, int a, int b, int skip)
    {
        var via = new Dictionary<int, (int Atom, int Bond)> { [a] = (-1, -1) };
        var queue = new Queue<int>([a]);
        while (queue.Count > 0)
        {
            var atom = queue.Dequeue();
            if (atom == b)
            {
                var bonds = new HashSet<int>();
                for (var at = b; at != a; at = via[at].Atom)
                {
                    bonds.Add(via[at].Bond);
                }

                return bonds;
            }

            for (var i = 0; i < m.Bonds.Count; i++)
            {
                var bond = m.Bonds[i];
                if (i != skip && (bond.A == atom || bond.B == atom) && !via.ContainsKey(bond.Other(atom)))
                {
                    via[bond.Other(atom)] = (atom, i);
                    queue.Enqueue(bond.Other(atom));
                }
            }
        }

        return null;
    }

    // Adds the vector to the echelon basis when independent; returns whether it was.
    private static bool Reduce(List<bool[]> basis, bool[] vector)
    {
        foreach (var row in basis)
        {
            var pivot = Array.IndexOf(row, true);
            if (vector[pivot])
            {
                for (var i = 0; i < vector.Length; i++)
                {
                    vector[i] ^= row[i];
                }
            }
        }

        var lead = Array.IndexOf(vector, true);
        if (lead < 0)
        {
            return false;
        }

        // Keep rows with distinct pivots: clear this pivot from earlier rows.
        foreach (var row in basis.Where(r => r[lead]))
        {
            for (var i = 0; i < row.Length; i++)
            {
                row[i] ^= vector[i];
            }
        }

        basis.Add(vector);
        return true;
    }
}
