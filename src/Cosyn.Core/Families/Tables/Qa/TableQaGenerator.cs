using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Families.Tables.Qa.Makers;

namespace Cosyn.Families.Tables.Qa;

/// <summary>
/// The QA stage shared by table pipelines. From the typed table (never the image) it writes the paper's mix: six short
/// answers, two multiple choice, one yes/no, one unanswerable and one summary, with answers computed from the data.
/// </summary>
public sealed class TableQaGenerator(ChartQuestionBank bank)
{
    /// <summary>Short-answer makers; each is asked a few times so the pool has alternatives to choose from.</summary>
    private static readonly QuestionMaker<TableFacts>[] ShortMakers =
    [
        new CellQuestion(), new ColumnExtremumQuestion(), new SecondHighestQuestion(), new RowExtremumQuestion(),
        new ColumnSumQuestion(), new ColumnMeanQuestion(), new RowSumQuestion(), new DifferenceQuestion(),
        new PercentChangeQuestion(), new CountAboveQuestion(), new CountRowsQuestion(), new GroupQuestion(),
        new HighlightQuestion(), new TotalsRowQuestion(),
    ];

    private static readonly QuestionMaker<TableFacts>[] YesNoMakers =
    [
        new CompareYesNoQuestion(), new ThresholdYesNoQuestion(), new TotalsYesNoQuestion(), new HighlightYesNoQuestion(),
    ];

    /// <summary>A generator using the built-in phrasings.</summary>
    public TableQaGenerator()
        : this(ChartQuestionBank.Embedded("Cosyn.Tables.Qa.TableQuestions.json"))
    {
    }

    public IReadOnlyList<QaPair> Generate(TableSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var facts = new TableFacts(spec, bank);
        var pool = QuestionRounds.Pool(() => ShortMakers.Select(m => m.TryMake(facts, random)), QaMix.ShortAnswerCount + QaMix.ChoiceCount);

        random.Shuffle(pool);

        // Structure-specific kinds (groups, totals, highlights) first when the table has them, so they are always asked.
        var featured = pool.Where(q => q.Kind is "group-max" or "group-sum" or "totals-read" or "highlight-row" or "highlight-value").DistinctBy(q => q.Kind[..5]).ToList();
        var choices = QaMix.Choices(pool.Except(featured.Take(1)));
        var rest = pool.Except(choices).ToList();
        var shorts = QaMix.Spread([.. featured.Where(rest.Contains).Take(2)], rest);

        return QaMix.Write(
            shorts, choices, random,
            () => random.Pick(QuestionRounds.FirstAnswered(() => YesNoMakers.Select(m => m.TryMake(facts, random)))),
            () => TableClosingQuestions.Unanswerable(facts, random),
            () => TableClosingQuestions.Summary(facts, random));
    }
}
