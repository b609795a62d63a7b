using Cosyn.Families.Charts.Qa.Makers;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa;

/// <summary>
/// The QA stage shared by chart pipelines. From the typed chart (never the image) it writes the paper's mix: at least
/// five short answers, two multiple choice, one yes/no, one unanswerable and one summary, with answers computed from the data.
/// </summary>
public sealed class ChartQaGenerator(ChartQuestionBank bank)
{
    /// <summary>A generator using the built-in phrasings.</summary>
    public ChartQaGenerator()
        : this(ChartQuestionBank.Default)
    {
    }

    public IReadOnlyList<QaPair> Generate(ChartSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var facts = new ChartFacts(spec, bank);
        var makers = ChartQuestionMakers.For(spec.FigureType);
        // Two rounds usually suffice; charts with few askable kinds (scatter) get more until five short + two choice exist.
        var pool = QuestionRounds.Pool(() => makers.ShortAnswer.Select(m => m.TryMake(facts, random)), QaMix.ShortAnswerCount + QaMix.ChoiceCount);

        random.Shuffle(pool);

        // Multiple choice first, from distinct kinds; then short answers, spreading kinds before repeating any.
        var choices = QaMix.Choices(pool);
        var shorts = QaMix.Spread([], [.. pool.Except(choices)]);

        // A yes/no maker may decline (ties, weak correlation); a few rounds always find one.
        return QaMix.Write(
            shorts, choices, random,
            () => random.Pick(QuestionRounds.FirstAnswered(() => makers.YesNo.Select(m => m.TryMake(facts, random)))),
            () => new UnanswerableQuestion().TryMake(facts, random)!,
            () => makers.Summary.TryMake(facts, random)!);
    }
}
