using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Chemistry;

/// <summary>
/// The molecule QA stage: from the parsed molecule (never the image, never the catalog's stored values) it writes six
/// short answers, two multiple choice, a yes/no, an unanswerable question and a summary.
/// </summary>
public static class ChemicalQaGenerator
{
    /// <summary>The fixed answer of every unanswerable molecule question.</summary>
    public const string NotAnswerable = "The molecule drawing does not provide this information.";

    public static IReadOnlyList<QaPair> Generate(ChemicalSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var bank = ChartQuestionBank.Embedded("Cosyn.Molecules.ChemicalQuestions.json");
        var pool = new ChemicalQuestionMaker(bank, spec, random).All();
        random.Shuffle(pool);

        // The figure's own feature (indices, highlight) is always asked; "which group is present" only works as a choice.
        var featured = pool.Where(q => q.Kind.StartsWith("atom-", StringComparison.Ordinal) || q.Kind.StartsWith("highlight-", StringComparison.Ordinal) || q.Kind == "element-index").ToList();
        var choices = pool.Where(q => q.Kind == "group-choice" && MultipleChoice.CanConvert(q)).ToList();
        choices.AddRange(pool.Where(q => q.Kind is "formula" or "name" or "molar-mass" && MultipleChoice.CanConvert(q)).Take(2 - choices.Count));
        var shorts = featured.Take(2).ToList();
        shorts.AddRange(pool.Except(choices).Except(shorts).Where(q => q.Kind != "group-choice").DistinctBy(q => q.Kind).Take(6 - shorts.Count));

        return QaMix.Write(
            shorts, choices, random, () => ChemicalClosingQuestions.YesNo(bank, spec, random),
            () => ChemicalClosingQuestions.Unanswerable(bank, random), () => ChemicalClosingQuestions.Summary(bank, spec, random));
    }
}
