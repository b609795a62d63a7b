using Cosyn.Text;
using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Chemistry.ChemicalFacts;

namespace Cosyn.Families.Chemistry;

/// <summary>The short-answer and choice-able molecule questions, each answered from the parsed graph with the counting shown.</summary>
public sealed class ChemicalQuestionMaker(ChartQuestionBank bank, ChemicalSpec spec, SeededRandom random)
{
    private static readonly Dictionary<string, string> None = [];

    private MoleculeFacts F => spec.Facts;

    public List<ChartQuestion> All()
    {
        var result = new List<ChartQuestion>();
        var heavyElements = F.ElementCounts.Keys.Where(e => e != "H").ToList();
        foreach (var element in random.Sample(heavyElements, 2))
        {
            var n = F.Count(element);
            result.Add(Short("element-count", Phrase("element-count", ("{element}", ElementNames[element])), $"Counting the atoms of each element in the structure gives {Breakdown(F)}, so there are {n} {ElementNames[element]} atoms.", Number(n), Near(n)));
        }

        result.Add(Short("hydrogen-count", Phrase("hydrogen-count"), $"Each heavy atom carries the hydrogens its valence leaves free; adding them up gives {F.Count("H")} (the full count is {Breakdown(F)}).", Number(F.Count("H")), Near(F.Count("H"))));
        result.Add(Short("heavy-atoms", Phrase("heavy-atoms"), $"The non-hydrogen atoms are {string.Join(", ", FormulaOrder(F).Where(e => e != "H").Select(e => $"{e} {F.Count(e)}"))}, which makes {F.HeavyAtoms}.", Number(F.HeavyAtoms), Near(F.HeavyAtoms)));
        var bonds = spec.Molecule.Bonds.Count;
        result.Add(Short("rings", Phrase("rings"), $"The structure has {bonds} bonds between {F.HeavyAtoms} heavy atoms; each ring closes one extra bond, so it has {bonds} − {F.HeavyAtoms} + 1 = {F.Rings} ring{(F.Rings == 1 ? string.Empty : "s")}.", Number(F.Rings), Near(F.Rings)));
        if (F.Rings > 0)
        {
            result.Add(Short("aromatic-rings", Phrase("aromatic-rings"), $"Of its {F.Rings} ring{(F.Rings == 1 ? string.Empty : "s")}, {F.AromaticRings} {(F.AromaticRings == 1 ? "is" : "are")} aromatic (a closed loop of aromatic bonds, such as a benzene or pyridine ring).", Number(F.AromaticRings), Near(F.AromaticRings)));
        }

        result.Add(Short("formula", Phrase("formula"), $"Counting atoms gives {Breakdown(F)}; in Hill order (C, then H, then the rest alphabetically) the formula is {F.Formula}.", F.Formula, FormulaDistractors()));
        var mass = string.Join(" + ", FormulaOrder(F).Select(e => $"{F.Count(e)} × {MoleculeFacts.Weight(e).ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        var rounded = QaNumber.Rounded(F.MolarMass, 2);
        // A mass ending in 5 at the third decimal sits on the rounding edge, where a float reader may round down: not asked.
        if (decimal.Remainder(F.MolarMass * 1000, 10) != 5)
        {
            result.Add(Short("molar-mass", Phrase("molar-mass"), $"For {F.Formula}: {mass} = {F.MolarMass} g/mol, which rounds to {rounded}.", rounded, [QaNumber.Rounded(F.MolarMass + 1.008m, 2), QaNumber.Rounded(F.MolarMass - 2.016m, 2), QaNumber.Rounded(F.MolarMass + 14.027m, 2)]));
        }

        result.Add(Short("nh-oh", Phrase("nh-oh"), $"Adding the hydrogens on each nitrogen and oxygen atom gives {F.HydrogensOnNitrogenOrOxygen}.", Number(F.HydrogensOnNitrogenOrOxygen), Near(F.HydrogensOnNitrogenOrOxygen)));
        result.Add(Short("n-o", Phrase("n-o"), $"The molecule has {F.Count("N")} nitrogen and {F.Count("O")} oxygen atoms, {F.NitrogenAndOxygen} in total.", Number(F.NitrogenAndOxygen), Near(F.NitrogenAndOxygen)));
        var others = MoleculeCatalog.Default.Compounds.Where(c => c.Name != spec.Compound.Name).ToList();
        var sameKind = others.Where(c => c.Category == spec.Compound.Category).ToList();
        result.Add(Short("name", Phrase("name"), $"The legend under the structure reads \"{spec.Legend}\".", spec.Legend, [.. random.Sample(sameKind.Count >= 3 ? sameKind : others, 3).Select(c => char.ToUpperInvariant(c.Name[0]) + c.Name[1..])]));
        var absent = FunctionalGroups.Names.Where(g => !spec.Groups.ContainsKey(g)).ToList();
        if (spec.Groups.Count > 0)
        {
            var present = random.Pick(spec.Groups.Keys.ToList());
            result.Add(Short("group-choice", Phrase("group-choice"), $"The molecule contains: {string.Join(", ", spec.Groups.Keys)}. Of the options, only the {present} group is present.", present, random.Sample(absent, 3)));
        }

        result.AddRange(spec.FigureType switch
        {
            ChemicalFigureTypes.AtomIndices => IndexQuestions(),
            ChemicalFigureTypes.GroupHighlight => HighlightQuestions(absent),
            _ => [],
        });
        return result;
    }

    private IEnumerable<ChartQuestion> IndexQuestions()
    {
        var m = spec.Molecule;
        var i = random.Next(m.Atoms.Count);
        var symbol = m.Atoms[i].Element;
        yield return Short("atom-element", Phrase("atom-element", ("{i}", Number(i))), $"The label with index {i} sits on a {ElementNames[symbol]} atom, so atom {i} is {symbol}.", symbol, [.. F.ElementCounts.Keys.Where(e => e != symbol && e != "H").Concat(["N", "O", "C", "S"]).Where(e => e != symbol).Distinct().Take(3)]);
        var j = random.Next(m.Atoms.Count);
        var degree = m.Neighbours(j).Count;
        yield return Short("atom-degree", Phrase("atom-degree", ("{i}", Number(j))), $"Atom {j} ({m.Atoms[j].Element}) is bonded to atoms {string.Join(", ", m.Neighbours(j).Order())}, which is {degree} heavy atom{(degree == 1 ? string.Empty : "s")}.", Number(degree), Near(degree));
        var unique = F.ElementCounts.Where(e => e.Key != "H" && e.Value == 1).Select(e => e.Key).ToList();
        if (unique.Count > 0 && m.Atoms.Count > 3)
        {
            var element = random.Pick(unique);
            var index = m.Atoms.Select((a, k) => (a, k)).First(x => x.a.Element == element).k;
            yield return Short("element-index", Phrase("element-index", ("{element}", ElementNames[element])), $"The molecule has one {ElementNames[element]} atom, labelled with index {index}.", Number(index), Near(index));
        }
    }

    private IEnumerable<ChartQuestion> HighlightQuestions(List<string> absent)
    {
        var group = spec.HighlightGroup!;
        var atoms = spec.Highlighted;
        yield return Short("highlight-group", Phrase("highlight-group"), $"The highlighted atoms ({string.Join(", ", atoms.Select(a => spec.Molecule.Atoms[a].Element))}) form {EnglishPhrases.IndefiniteArticle(group)} {group} group.", group, random.Sample(absent, 3));
        yield return Short("highlight-count", Phrase("highlight-count"), $"The highlight covers every {group} group in the molecule: atoms {string.Join(", ", atoms)}, which is {atoms.Count} atoms.", Number(atoms.Count), Near(atoms.Count));
    }

    private List<string> FormulaDistractors()
    {
        string Formula(string element, int delta)
        {
            var counts = F.ElementCounts.ToDictionary(e => e.Key, e => e.Value);
            counts[element] = counts.GetValueOrDefault(element) + delta;
            return string.Concat(FormulaOrder(F).Where(e => counts[e] > 0).Select(e => counts[e] == 1 ? e : e + Number(counts[e])));
        }

        var heavy = F.ElementCounts.Keys.FirstOrDefault(e => e is not "C" and not "H") ?? "C";
        return [Formula("H", 2), Formula("C", 1), Formula(heavy, F.Count(heavy) > 1 ? -1 : 1)];
    }

    private static List<string> Near(int n) => [Number(n + 1), Number(n + 2), Number(Math.Max(0, n - 1)), Number(n + 3)];

    private string Phrase(string kind, params (string Slot, string Value)[] slots) =>
        bank.Phrase(kind, random, slots.Length == 0 ? None : slots.ToDictionary(s => s.Slot, s => s.Value));

    private static ChartQuestion Short(string kind, string question, string explanation, string answer, IEnumerable<string> distractors) =>
        new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer), [.. distractors.Where(d => d != answer).Distinct()]);
}
