using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Documents.Qa;

/// <summary>
/// The QA stage shared by document pipelines. From the typed document (never the image) it writes the paper's mix: six
/// short answers (arithmetic first: totals, tax, %DV, balances, durations), two multiple choice, one yes/no, one
/// unanswerable and one summary, with every answer computed from the data and the work shown in the explanation.
/// </summary>
public static class DocumentQaGenerator
{
    private const int ShortAnswers = 6;
    private const int Computed = 4;

    public static IReadOnlyList<QaPair> Generate(DocumentSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var all = FieldQuestions.Make(spec, random)
            .Concat(TableQuestions.Make(spec, random))
            .Concat(TotalsQuestions.Make(spec, random))
            .Concat(NutritionQuestions.Make(spec, random))
            .Concat(LedgerQuestions.Make(spec))
            .Concat(LabQuestions.Make(spec))
            .Concat(KindQuestions.Make(spec, random))
            .DistinctBy(q => q.Pair.Question)
            .ToList();
        random.Shuffle(all);
        var yesNo = all.Where(q => q.Family == QaFamily.YesNo).ToList();
        var pool = all.Where(q => q.Family == QaFamily.ShortAnswer).ToList();

        // Arithmetic questions of different kinds first, then a spread of reading questions.
        var shorts = pool.Where(q => q.Kind.StartsWith("calc-", StringComparison.Ordinal)).DistinctBy(q => q.Kind).Take(Computed).ToList();
        shorts.AddRange(pool.Except(shorts).Where(q => !shorts.Any(s => s.Kind == q.Kind)).DistinctBy(q => q.Kind).Take(ShortAnswers - shorts.Count));
        shorts.AddRange(pool.Except(shorts).Take(ShortAnswers - shorts.Count));
        var choices = pool.Except(shorts).Where(MultipleChoice.CanConvert).DistinctBy(q => q.Kind).Take(2).ToList();
        choices.AddRange(pool.Except(shorts).Except(choices).Where(MultipleChoice.CanConvert).Take(2 - choices.Count));
        if (choices.Count < 2)
        {
            // Small documents: turn short answers into choices and keep at least five short answers.
            var convertible = shorts.Where(MultipleChoice.CanConvert).Reverse().Take(2 - choices.Count).ToList();
            choices.AddRange(convertible);
            shorts.RemoveAll(convertible.Contains);
            shorts.AddRange(pool.Except(shorts).Except(choices).Take(ShortAnswers - shorts.Count));
        }

        return QaMix.Write(
            shorts, choices, random, () => random.Pick(yesNo), () => SummaryQuestion.Unanswerable(spec, random), () => SummaryQuestion.Summary(spec));
    }
}
