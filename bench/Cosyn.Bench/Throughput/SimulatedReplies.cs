using System.Text.Json;

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

    private static readonly string Qa = BuildQa();

    public static string For(string prompt) => prompt switch
    {
        _ when prompt.StartsWith("You design the subjects", StringComparison.Ordinal) => TopicsFor(prompt),
        _ when prompt.StartsWith("You write the realistic content", StringComparison.Ordinal) => "Region,Sales (units)\nNorth,12\nSouth,30\nEast,18\n",
        _ when prompt.StartsWith("You are an expert at", StringComparison.Ordinal) =>
            "```python\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['North', 'South', 'East'], [12, 30, 18])\nplt.savefig('figure.png')\n```",
        _ when prompt.StartsWith("You write question-answer pairs", StringComparison.Ordinal) => Qa,
        _ => "OK",
    };

    private static string TopicsFor(string prompt)
    {
        var start = (int)((uint)string.GetHashCode(prompt, StringComparison.Ordinal) % Topics.Length);
        var picked = Enumerable.Range(0, 3).Select(i => Topics[(start + i) % Topics.Length]);
        return JsonSerializer.Serialize(new { topics = picked });
    }

    private static string BuildQa()
    {
        var pairs = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            pairs.Add(new { type = "short-answer", question = $"Short question {i}?", explanation = "Read the bar labelled South: 30.", answer = "30" });
        }

        pairs.Add(new { type = "multiple-choice", question = "Which region sold most?\nA. North\nB. South\nC. East", explanation = "30 > 18 > 12.", answer = "B. South" });
        pairs.Add(new { type = "multiple-choice", question = "Which region sold least?\nA. North\nB. South\nC. East", explanation = "12 is the smallest.", answer = "A. North" });
        pairs.Add(new { type = "yes/no", question = "Did East sell more than North?", explanation = "18 > 12.", answer = "yes" });
        pairs.Add(new { type = "summary", question = "Summarise the chart.", explanation = "Three regions are compared.", answer = "South leads with 30 units, then East and North." });
        pairs.Add(new { type = "unanswerable", question = "What was the profit margin?", explanation = "The chart shows units only.", answer = "Not shown." });
        return JsonSerializer.Serialize(new { qa_pairs = pairs });
    }
}
