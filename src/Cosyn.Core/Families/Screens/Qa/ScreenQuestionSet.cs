using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Every question a screen supports, by family, before the mix is drawn.</summary>
public sealed record ScreenQuestionSet(
    IReadOnlyList<ChartQuestion> Shorts,
    IReadOnlyList<ChartQuestion> YesNo,
    ChartQuestion Summary,
    IReadOnlyList<ChartQuestion> Unanswerable);
