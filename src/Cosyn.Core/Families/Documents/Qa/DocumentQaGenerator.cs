using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Documents.Qa;

/// <summary>
/// The QA stage shared by document pipelines. From the typed document (never the image) it writes the paper's mix: six
/// short answers (arithmetic first: totals, tax, %DV, balances, durations), two multiple choice, one yes/no, one
/// unanswerable and one summary, with every answer computed from the data and the work shown in the explanation.
/// </summary>
public static class DocumentQaGenerator
{
    private const int Computed = 4;

    public static IReadOnlyList<QaPair> Generate(DocumentSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var all = FieldQuestions.Make(spec, random)
            .Concat(TableQuestions.Make(spec, random))
            .Concat(TotalsQuestions.Make(spec, random))
            .Concat(NutritionQuestions.Make(spec, random))
            .Concat(KindQuestions.Make(spec, random))
            .DistinctBy(q => q.Pair.Question)
            .ToList();
        random.Shuffle(all);
        var yesNo = all.Where(q => q.Family == QaFamily.YesNo).ToList();
        var pool = all.Where(q => q.Family == QaFamily.ShortAnswer).ToList();

        // Arithmetic questions of different kinds first, then a spread of reading questions.
        var shorts = QaMix.Spread([.. pool.Where(q => q.Kind.StartsWith("calc-", StringComparison.Ordinal)).DistinctBy(q => q.Kind).Take(Computed)], pool);
        var choices = QaMix.Choices(pool.Except(shorts));
        choices.AddRange(pool.Except(shorts).Except(choices).Where(MultipleChoice.CanConvert).Take(QaMix.ChoiceCount - choices.Count));
        if (choices.Count < QaMix.ChoiceCount)
        {
            // Small documents: turn short answers into choices and keep at least five short answers.
            var convertible = shorts.Where(MultipleChoice.CanConvert).Reverse().Take(QaMix.ChoiceCount - choices.Count).ToList();
            choices.AddRange(convertible);
            shorts.RemoveAll(convertible.Contains);
            shorts.AddRange(pool.Except(shorts).Except(choices).Take(QaMix.ShortAnswerCount - shorts.Count));
        }

        return QaMix.Write(
            shorts, choices, random, () => random.Pick(yesNo), () => SummaryQuestion.Unanswerable(spec, random), () => SummaryQuestion.Summary(spec));
    }
}
