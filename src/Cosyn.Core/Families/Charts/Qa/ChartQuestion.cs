using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa;

/// <summary>A generated question with its family, kind, and (for choice-able answers) wrong options to offer.</summary>
/// <param name="Family">Question family.</param>
/// <param name="Kind">What it tests (retrieval, extremum, arithmetic, ...), to spread kinds within a sample.</param>
/// <param name="Pair">Question, explanation, answer.</param>
/// <param name="Distractors">Plausible wrong answers; non-empty when the question can be turned into multiple choice.</param>
public sealed record ChartQuestion(QaFamily Family, string Kind, QaPair Pair, IReadOnlyList<string> Distractors)
{
    /// <summary>The pair as written to <c>samples.jsonl</c>: its <see cref="QaPair.Type"/> is the family's.</summary>
    public QaPair Typed => Pair with { Type = Family.TypeOf() };
}
