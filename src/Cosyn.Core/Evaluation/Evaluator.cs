using Cosyn.Evaluation.Metrics;

namespace Cosyn.Evaluation;

/// <summary>Scores predictions against references with every metric, overall and per pipeline, figure type and QA type.</summary>
public static class Evaluator
{
    /// <summary>The breakdown dimensions, as named in the JSON output.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["pipeline", "figure_type", "qa_type"];

    /// <summary>Group name for a question whose pipeline, figure type or QA type is not recorded.</summary>
    public const string Unknown = "unknown";

    /// <param name="references">The questions; a missing prediction scores 0 on every metric.</param>
    /// <param name="predictions">Prediction by question id.</param>
    /// <param name="seed">Seeds the bootstrap intervals.</param>
    public static EvaluationReport Evaluate(IReadOnlyList<EvalReference> references, IReadOnlyDictionary<string, string> predictions, long seed = 0)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(predictions);
        var metrics = EvalMetrics.All;
        var rows = new List<(EvalReference Reference, double[] Scores)>(references.Count);
        var missing = new List<string>();
        foreach (var reference in references)
        {
            if (predictions.TryGetValue(reference.Id, out var prediction))
            {
                rows.Add((reference, [.. metrics.Select(m => m.Score(prediction, reference))]));
            }
            else
            {
                missing.Add(reference.Id);
                rows.Add((reference, new double[metrics.Count]));
            }
        }

        var known = references.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = predictions.Keys.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var breakdowns = new Dictionary<string, IReadOnlyList<EvalGroup>>(StringComparer.Ordinal);
        foreach (var dimension in Dimensions)
        {
            breakdowns[dimension] = rows
                .GroupBy(r => KeyOf(r.Reference, dimension) ?? Unknown, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Summarise(g.Key, [.. g.Select(r => r.Scores)], metrics, SeededRandom.For(seed, dimension + "/" + g.Key)))
                .ToList();
        }

        var overall = Summarise("all", [.. rows.Select(r => r.Scores)], metrics, SeededRandom.For(seed, "all"));
        return new EvaluationReport(overall, breakdowns, missing, unknown);
    }

    private static string? KeyOf(EvalReference reference, string dimension) => dimension switch
    {
        "pipeline" => reference.Pipeline,
        "figure_type" => reference.FigureType,
        _ => reference.QaType,
    };

    private static EvalGroup Summarise(string name, IReadOnlyList<double[]> scores, IReadOnlyList<IAnswerMetric> metrics, SeededRandom random)
    {
        var intervals = BootstrapInterval.Of(scores, metrics.Count, random);
        var summaries = new Dictionary<string, MetricSummary>(StringComparer.Ordinal);
        for (var c = 0; c < metrics.Count; c++)
        {
            var mean = scores.Count == 0 ? 0 : scores.Average(s => s[c]);
            summaries[metrics[c].Key] = new MetricSummary(100 * mean, 100 * intervals[c].Low, 100 * intervals[c].High);
        }

        return new EvalGroup(name, scores.Count, summaries);
    }
}
