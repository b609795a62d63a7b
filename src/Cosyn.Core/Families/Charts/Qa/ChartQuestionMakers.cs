using Cosyn.Families.Charts.Qa.Makers;
using Cosyn.Families.Charts.Qa.Makers.Extended;

namespace Cosyn.Families.Charts.Qa;

/// <summary>
/// The question makers that fit a figure type. Value-per-category charts share the standard makers; the extended types
/// add (or use only) their own, because a box plot's or a waterfall's questions are about different things.
/// </summary>
/// <param name="ShortAnswer">Short-answer makers; each is asked a few times so the pool has alternatives.</param>
/// <param name="YesNo">Yes/no makers.</param>
/// <param name="Summary">The summary maker.</param>
public sealed record ChartQuestionMakers(IReadOnlyList<QuestionMaker<ChartFacts>> ShortAnswer, IReadOnlyList<QuestionMaker<ChartFacts>> YesNo, QuestionMaker<ChartFacts> Summary)
{
    private static readonly QuestionMaker<ChartFacts>[] StandardShort =
    [
        new RetrievalQuestion(), new CategoryExtremumQuestion(), new SeriesExtremumQuestion(), new ExtremeValueQuestion(),
        new DifferenceQuestion(), new TotalQuestion(), new MeanQuestion(), new PercentChangeQuestion(), new RatioQuestion(),
        new CountQuestion(), new RankQuestion(), new TitleQuestion(), new AxisQuestion(), new ShareQuestion(),
    ];

    private static readonly QuestionMaker<ChartFacts>[] StandardYesNo =
    [
        new CompareYesNoQuestion(), new ThresholdYesNoQuestion(), new ShareYesNoQuestion(), new CorrelationYesNoQuestion(),
    ];

    private static readonly ChartQuestionMakers Standard = new(StandardShort, StandardYesNo, new SummaryQuestion());

    private static readonly ExtendedSummaryQuestion ExtendedSummary = new();

    /// <summary>The makers for <paramref name="figureType"/>.</summary>
    public static ChartQuestionMakers For(string figureType) => figureType switch
    {
        ChartFigureTypes.Bubble => Standard with { ShortAnswer = [.. StandardShort, new BubbleSizeQuestion()] },

        // A radar has spokes, not an x-axis.
        ChartFigureTypes.Radar => Standard with { ShortAnswer = [.. StandardShort.Where(m => m is not AxisQuestion)] },

        // Stage counts are nested, not parts of a total, and always fall: totals, ranks and extremes would be trivial.
        ChartFigureTypes.Funnel => Standard with
        {
            ShortAnswer = [new RetrievalQuestion(), new DifferenceQuestion(), new RatioQuestion(), new CountQuestion(), new TitleQuestion(), new FunnelQuestion()],
            YesNo = [new CompareYesNoQuestion(), new FunnelYesNoQuestion()],
        },
        ChartFigureTypes.Waterfall => new([new WaterfallStepQuestion(), new WaterfallTotalQuestion(), new TitleQuestion()], [new WaterfallYesNoQuestion()], ExtendedSummary),
        ChartFigureTypes.Candlestick => new([new CandleCloseQuestion(), new CandleShapeQuestion(), new TitleQuestion()], [new CandleYesNoQuestion()], ExtendedSummary),
        ChartFigureTypes.Histogram => new([new HistogramQuestion(), new TitleQuestion()], [new HistogramYesNoQuestion()], ExtendedSummary),
        ChartFigureTypes.Box => new([new BoxQuestion(), new TitleQuestion()], [new BoxYesNoQuestion()], ExtendedSummary),
        ChartFigureTypes.DualAxis => new([new DualAxisQuestion(), new TitleQuestion()], [new DualAxisYesNoQuestion()], ExtendedSummary),
        _ => Standard,
    };
}
