namespace Cosyn.Families.Chemistry;

/// <summary>
/// Reads the SMILES subset the molecule catalog uses (OpenSMILES): organic-subset and bracket atoms with H counts and
/// charges, bond symbols, branches, ring closures (digits and %nn) and dots. Chirality, isotopes and atom classes are
/// read and ignored. Implicit hydrogens follow the standard valences.
/// </summary>
public static class SmilesParser
{
    private const string Aromatics = "bcnops";

    public static Molecule Parse(string smiles)
    {
        ArgumentNullException.ThrowIfNull(smiles);
        var atoms = new List<MolAtom>();
        var bonds = new List<MolBond>();
        var branches = new Stack<int>();
        var rings = new Dictionary<int, (int Atom, char? Bond)>();
        int? previous = null;
        char? bond = null;
        var i = 0;
        while (i < smiles.Length)
        {
            var ch = smiles[i];
            switch (ch)
            {
                case '(':
                    branches.Push(previous ?? throw Error(smiles, i));
                    i++;
                    continue;
                case ')':
                    previous = branches.Pop();
                    i++;
                    continue;
                case '-' or '=' or '#' or ':' or '/' or '\\':
                    bond = ch;
                    i++;
                    continue;
                case '.':
                    previous = null;
                    i++;
                    continue;
            }

            if (char.IsDigit(ch) || ch == '%')
            {
                var number = ch == '%' ? int.Parse(smiles.AsSpan(i + 1, 2), provider: System.Globalization.CultureInfo.InvariantCulture) : ch - '0';
                i += ch == '%' ? 3 : 1;
                var current = previous ?? throw Error(smiles, i);
                if (rings.Remove(number, out var open))
                {
                    bonds.Add(MakeBond(atoms, open.Atom, current, bond ?? open.Bond));
                }
                else
                {
                    rings[number] = (current, bond);
                }

                bond = null;
                continue;
            }

            var (atom, length) = ch == '[' ? Bracket(smiles, i) : Organic(smiles, i);
            atoms.Add(atom);
            if (previous is { } from)
            {
                bonds.Add(MakeBond(atoms, from, atoms.Count - 1, bond));
            }

            previous = atoms.Count - 1;
            bond = null;
            i += length;
        }

        if (rings.Count > 0 || branches.Count > 0)
        {
            throw new FormatException($"Unclosed ring or branch in SMILES '{smiles}'.");
        }

        return new Molecule(atoms, bonds);
    }

    private static MolBond MakeBond(List<MolAtom> atoms, int a, int b, char? symbol)
    {
        var bothAromatic = atoms[a].Aromatic && atoms[b].Aromatic;
        return symbol switch
        {
            '=' => new MolBond(a, b, 2, false),
            '#' => new MolBond(a, b, 3, false),
            ':' => new MolBond(a, b, 1, true),
            null => new MolBond(a, b, 1, bothAromatic),
            _ => new MolBond(a, b, 1, false),
        };
    }

    private static (MolAtom Atom, int Length) Organic(string smiles, int i)
    {
        var pair = i + 1 < smiles.Length ? smiles.Substring(i, 2) : string.Empty;
        if (pair is "Cl" or "Br")
        {
            return (new MolAtom(smiles.Substring(i, 2), false, 0, null), 2);
        }

        var ch = smiles[i];
        if ("BCNOPSFI".Contains(ch, StringComparison.Ordinal))
        {
            return (new MolAtom(ch.ToString(), false, 0, null), 1);
        }

        if (Aromatics.Contains(ch, StringComparison.Ordinal))
        {
            return (new MolAtom(char.ToUpperInvariant(ch).ToString(), true, 0, null), 1);
        }

        throw Error(smiles, i);
    }

    private static (MolAtom Atom, int Length) Bracket(string smiles, int start)
    {
        var end = smiles.IndexOf(']', start);
        var body = smiles[(start + 1)..end];
        var j = 0;
        while (j < body.Length && char.IsDigit(body[j]))
        {
            j++; // isotope
        }

        var aromatic = char.IsLower(body[j]);
        var symbol = char.ToUpperInvariant(body[j]).ToString();
        j++;
        if (j < body.Length && char.IsLower(body[j]) && body[j] != 'H')
        {
            symbol += body[j];
            j++;
        }

        while (j < body.Length && body[j] == '@')
        {
            j++;
        }

        var hydrogens = 0;
        if (j < body.Length && body[j] == 'H')
        {
            j++;
            hydrogens = 1;
            if (j < body.Length && char.IsDigit(body[j]))
            {
                hydrogens = body[j] - '0';
                j++;
            }
        }

        var charge = 0;
        while (j < body.Length && body[j] is '+' or '-')
        {
            var sign = body[j] == '+' ? 1 : -1;
            j++;
            if (j < body.Length && char.IsDigit(body[j]))
            {
                charge += sign * (body[j] - '0');
                j++;
            }
            else
            {
                charge += sign;
            }
        }

        return (new MolAtom(symbol, aromatic, charge, hydrogens), end - start + 1);
    }

    private static FormatException Error(string smiles, int at) => new($"Unsupported SMILES at position {at} of '{smiles}'.");
}
