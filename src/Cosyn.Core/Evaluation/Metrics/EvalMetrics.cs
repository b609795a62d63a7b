namespace Cosyn.Evaluation.Metrics;

/// <summary>The metrics <c>cosyn eval</c> knows, by their <c>--metric</c> names.</summary>
public static class EvalMetrics
{
    public static ExactMatch ExactMatch { get; } = new();

    public static RelaxedAccuracy Relaxed { get; } = new();

    public static Anls Anls { get; } = new();

    public static VqaAccuracy Vqa { get; } = new();

    public static MultipleChoice MultipleChoice { get; } = new();

    public static BenchmarkMetric Benchmark { get; } = new();

    /// <summary>Every metric, in the order reports list them.</summary>
    public static IReadOnlyList<IAnswerMetric> All { get; } = [Benchmark, ExactMatch, Relaxed, Anls, Vqa, MultipleChoice];

    /// <summary>The accepted <c>--metric</c> values.</summary>
    public static IReadOnlyList<string> Choices { get; } = [.. All.Select(m => m.Name), "all"];

    /// <summary>The metrics a <c>--metric</c> value shows; null for an unknown name.</summary>
    public static IReadOnlyList<IAnswerMetric>? Select(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        return key switch
        {
            "all" => All,
            "auto" => [Benchmark, ExactMatch, Relaxed, Anls, Vqa],
            _ => All.FirstOrDefault(m => m.Name == key) is { } one ? [one] : null,
        };
    }
}
