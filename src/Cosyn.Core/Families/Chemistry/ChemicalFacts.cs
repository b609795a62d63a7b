namespace Cosyn.Families.Chemistry;

/// <summary>Wording helpers shared by the molecule questions: element names, counts as text, and the formula's breakdown.</summary>
public static class ChemicalFacts
{
    public static IReadOnlyDictionary<string, string> ElementNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["H"] = "hydrogen",
        ["B"] = "boron",
        ["C"] = "carbon",
        ["N"] = "nitrogen",
        ["O"] = "oxygen",
        ["F"] = "fluorine",
        ["P"] = "phosphorus",
        ["S"] = "sulfur",
        ["Cl"] = "chlorine",
        ["Br"] = "bromine",
        ["I"] = "iodine",
    };

    /// <summary>E.g. <c>C 9, H 8, O 4</c>, in formula order.</summary>
    public static string Breakdown(MoleculeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return string.Join(", ", FormulaOrder(facts).Select(e => $"{e} {facts.ElementCounts[e]}"));
    }

    /// <summary>Elements in Hill order.</summary>
    public static IEnumerable<string> FormulaOrder(MoleculeFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var order = facts.ElementCounts.Keys.Order(StringComparer.Ordinal).ToList();
        return order.Contains("C") ? ["C", .. order.Where(e => e == "H"), .. order.Where(e => e is not "C" and not "H")] : order;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
