using System.Text.Json;
using Cosyn.Testing.Fakes;

namespace Cosyn.Bench.Throughput;

/// <summary>
/// Replies a model would give to cosyn's chart-matplotlib stage prompts (told apart by their system message): topics
/// as JSON, CSV data, a fenced script, the paper's QA mix. Topics vary with the prompt, so samples differ.
/// </summary>
internal static class SimulatedReplies
{
    private static readonly string[] Topics =
    [
        "Harbour ferry riders by weekday", "Night market stalls by district", "Bike-share trips by station", "Library loans by branch",
        "Orchard yields by variety", "Clinic visits by month", "Bakery sales by loaf", "Rainfall by valley", "Museum visitors by hall",
    ];

    private static readonly string Qa = ChartReplies.QaJson(loose: false);

    public static string For(string prompt) => prompt switch
    {
        _ when prompt.StartsWith("You design the subjects", StringComparison.Ordinal) => TopicsFor(prompt),
        _ when prompt.StartsWith("You write the realistic content", StringComparison.Ordinal) => ChartReplies.Csv,
        _ when prompt.StartsWith("You are an expert at", StringComparison.Ordinal) => "```python\n" + ChartReplies.Code + "\n```",
        _ when prompt.StartsWith("You write question-answer pairs", StringComparison.Ordinal) => Qa,
        _ => "OK",
    };

    private static string TopicsFor(string prompt)
    {
        var start = (int)((uint)string.GetHashCode(prompt, StringComparison.Ordinal) % Topics.Length);
        var picked = Enumerable.Range(0, 3).Select(i => Topics[(start + i) % Topics.Length]);
        return JsonSerializer.Serialize(new { topics = picked });
    }
}
