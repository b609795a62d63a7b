namespace Cosyn.Families.Chemistry;

/// <summary>Counts and derived properties of a <see cref="Molecule"/>, computed from its graph (never from the catalog's stored values).</summary>
public sealed class MoleculeFacts
{
    /// <summary>Standard atomic weights as RDKit's periodic table gives them, so molar masses agree with RDKit's MolWt.</summary>
    private static readonly Dictionary<string, decimal> Weights = new(StringComparer.Ordinal)
    {
        ["H"] = 1.008m,
        ["B"] = 10.812m,
        ["C"] = 12.011m,
        ["N"] = 14.007m,
        ["O"] = 15.999m,
        ["F"] = 18.998m,
        ["P"] = 30.974m,
        ["S"] = 32.067m,
        ["Cl"] = 35.453m,
        ["Br"] = 79.904m,
        ["I"] = 126.904m,
    };

    public MoleculeFacts(Molecule molecule)
    {
        ArgumentNullException.ThrowIfNull(molecule);
        Molecule = molecule;
        var counts = molecule.Atoms.GroupBy(a => a.Element).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var hydrogens = molecule.Hydrogens.Sum();
        if (hydrogens > 0)
        {
            counts["H"] = hydrogens;
        }

        ElementCounts = counts;
        var rings = RingFinder.SmallestRings(molecule);
        Rings = rings.Count;
        AromaticRings = rings.Count(r => r.All(b => molecule.Bonds[b].Aromatic));
        MolarMass = counts.Sum(c => Weights[c.Key] * c.Value);
        HydrogensOnNitrogenOrOxygen = molecule.Atoms.Select((a, i) => a.Element is "N" or "O" ? molecule.Hydrogens[i] : 0).Sum();
        NitrogenAndOxygen = molecule.Atoms.Count(a => a.Element is "N" or "O");
    }

    public Molecule Molecule { get; }

    /// <summary>Atoms per element, hydrogens included.</summary>
    public IReadOnlyDictionary<string, int> ElementCounts { get; }

    public int HeavyAtoms => Molecule.Atoms.Count;

    /// <summary>Rings in the smallest set of smallest rings (bonds − atoms + connected pieces of them).</summary>
    public int Rings { get; }

    /// <summary>Smallest rings whose bonds are all aromatic (RDKit's aromatic ring count).</summary>
    public int AromaticRings { get; }

    /// <summary>g/mol from standard atomic weights.</summary>
    public decimal MolarMass { get; }

    /// <summary>Lipinski's donor count: hydrogens on N and O.</summary>
    public int HydrogensOnNitrogenOrOxygen { get; }

    /// <summary>Lipinski's acceptor count: N and O atoms.</summary>
    public int NitrogenAndOxygen { get; }

    /// <summary>The standard atomic weight used for molar masses.</summary>
    public static decimal Weight(string element) => Weights[element];

    public int Count(string element) => ElementCounts.GetValueOrDefault(element);

    /// <summary>Hill notation: C, then H, then the rest alphabetically (all alphabetical without carbon).</summary>
    public string Formula
    {
        get
        {
            var text = new StringBuilder();
            foreach (var element in ChemicalFacts.FormulaOrder(this))
            {
                text.Append(element);
                if (ElementCounts[element] > 1)
                {
                    text.Append(ElementCounts[element].ToString(CultureInfo.InvariantCulture));
                }
            }

            return text.ToString();
        }
    }
}
