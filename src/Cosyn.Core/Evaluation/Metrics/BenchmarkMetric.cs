using Cosyn.Catalog;

namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// Scores each question with the metric of the benchmark it resembles: multiple choice by option; charts, tables,
/// math and circuits (numeric answers, ChartQA / TableVQA) by relaxed accuracy; documents, screens and the rest
/// (DocVQA, InfoVQA, ScreenQA) by ANLS.
/// </summary>
public sealed class BenchmarkMetric : IAnswerMetric
{
    private static readonly string[] NumericCategories = ["chart", "table", "math", "circuit"];

    public string Name => "auto";

    public string Key => "benchmark_score";

    public double Score(string prediction, EvalReference reference) => For(reference).Score(prediction, reference);

    /// <summary>The metric <paramref name="reference"/> is scored with.</summary>
    public static IAnswerMetric For(EvalReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (MultipleChoice.Applies(reference))
        {
            return EvalMetrics.MultipleChoice;
        }

        var category = reference.Pipeline is null ? null : PipelineCatalog.Find(reference.Pipeline)?.Family.Category;
        return category is not null && NumericCategories.Contains(category) ? EvalMetrics.Relaxed : EvalMetrics.Anls;
    }
}
