using Cosyn.Text;
using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Families.Tables.Qa;

namespace Cosyn.Families.Chemistry;

/// <summary>The yes/no, unanswerable and summary questions of a molecule sample.</summary>
public static class ChemicalClosingQuestions
{
    private static readonly Dictionary<string, string> None = [];

    public static ChartQuestion YesNo(ChartQuestionBank bank, ChemicalSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var facts = spec.Facts;
        switch (random.Next(3))
        {
            case 0:
                var group = random.Chance(0.5) && spec.Groups.Count > 0 ? random.Pick(spec.Groups.Keys.ToList()) : random.Pick(FunctionalGroups.Names);
                var has = spec.Groups.ContainsKey(group);
                var list = spec.Groups.Count == 0 ? "none of the common functional groups" : string.Join(", ", spec.Groups.Keys);
                var question = bank.Phrase("yn-group", random, new Dictionary<string, string> { ["{article}"] = EnglishPhrases.IndefiniteArticle(group), ["{group}"] = group });
                return TableQuestions.YesNo("yes-no", question, $"The molecule's functional groups are: {list}. {(has ? "The" : "No")} {group} group {(has ? "is among them" : "appears")}.", has);
            case 1:
                var aromatic = facts.AromaticRings > 0;
                return TableQuestions.YesNo("yes-no", bank.Phrase("yn-aromatic", random, None), $"The molecule has {facts.AromaticRings} aromatic ring{(facts.AromaticRings == 1 ? string.Empty : "s")} out of {facts.Rings}.", aromatic);
            default:
                var carbons = facts.Count("C");
                var n = Math.Max(0, carbons + random.Pick([-3, -2, -1, 1, 2]));
                var more = carbons > n;
                return TableQuestions.YesNo("yes-no", bank.Phrase("yn-carbons", random, new Dictionary<string, string> { ["{n}"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) }), $"The molecule has {carbons} carbon atoms, which is {(more ? "more" : "not more")} than {n}.", more);
        }
    }

    public static ChartQuestion Unanswerable(ChartQuestionBank bank, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var explanation = "The drawing shows only the structure and the compound's name; physical properties, prices and history are not part of it, so this cannot be answered from the image.";
        return new ChartQuestion(QaFamily.Unanswerable, "unanswerable", new QaPair(bank.Phrase("unanswerable", random, None), explanation, ChemicalQaGenerator.NotAnswerable), []);
    }

    public static ChartQuestion Summary(ChartQuestionBank bank, ChemicalSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(spec);
        var f = spec.Facts;
        var groups = spec.Groups.Count == 0 ? "none of the common functional groups" : "the functional groups " + string.Join(", ", spec.Groups.Keys);
        var mass = QaNumber.Value(f.MolarMass);
        var answer = $"This molecule drawing shows {spec.Legend} ({f.Formula}, {mass} g/mol): {f.HeavyAtoms} heavy atoms, {Rings(f)}, and {groups}.";
        var extra = spec.FigureType switch
        {
            ChemicalFigureTypes.AtomIndices => " Every atom is labelled with its index.",
            ChemicalFigureTypes.GroupHighlight => $" The {spec.HighlightGroup} group is highlighted.",
            _ => string.Empty,
        };
        var explanation = "A summary names the compound from the legend, its formula and mass, its size and rings, and the functional groups the structure contains.";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair(bank.Phrase("summary", random, None), explanation, answer + extra), []);
    }

    private static string Rings(MoleculeFacts f) => f.Rings == 0
        ? "no rings"
        : $"{f.Rings} ring{(f.Rings == 1 ? string.Empty : "s")} of which {f.AromaticRings} {(f.AromaticRings == 1 ? "is" : "are")} aromatic";
}
