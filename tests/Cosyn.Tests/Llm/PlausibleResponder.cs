using System.Collections.Concurrent;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// Answers a fake provider's requests the way a model would, by reading the prompt: topics as JSON for the topic
/// stage, CSV for chart-matplotlib data, a fenced script whose first version carries <see cref="BrokenMarker"/> (so
/// the fake renderer fails it) and an unfenced repaired one, and the paper's QA mix. Faults queued per stage with
/// <see cref="Then"/> are played before the plausible answers of that stage, whatever order the stages arrive in.
/// </summary>
internal sealed partial class PlausibleResponder
{
    public const string Preflight = "preflight";
    public const string Topic = "topic";
    public const string Data = "data";
    public const string Code = "code";
    public const string Qa = "qa";
    public const string Verify = "verify";

    /// <summary>The verify stage's answers to <see cref="ScriptedReplies.ValidQa"/>'s nine checkable questions: 31 agrees with 30 (within 5 %), 45 does not.</summary>
    public const string VerifyAnswers = "{\"answers\": [{\"number\": 1, \"answer\": \"31\"}, {\"number\": 2, \"answer\": \"45\"}, {\"number\": 3, \"answer\": \"30\"}, {\"number\": 4, \"answer\": \"30\"}, {\"number\": 5, \"answer\": \"30 units\"}, {\"number\": 6, \"answer\": \"b\"}, {\"number\": 7, \"answer\": \"A\"}, {\"number\": 8, \"answer\": \"Yes.\"}, {\"number\": 9, \"answer\": \"The chart does not provide this information.\"}]}";

    /// <summary>What a layout repair adds to the code it was sent (a fake renderer can then measure a clean layout).</summary>
    public const string LayoutFixedMarker = "# labels moved apart";

    /// <summary>What the fake renderer rejects.</summary>
    public const string BrokenMarker = "BROKEN";

    private static readonly string[] Regions = ["North", "South", "East", "West", "Central", "Coast"];

    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _scripted = new(StringComparer.Ordinal);

    /// <summary>Whether the first code of every sample fails to render (the repair then succeeds).</summary>
    public bool FirstCodeBroken { get; init; } = true;

    /// <summary>Plays <paramref name="reply"/> for the next request of <paramref name="stage"/>, before any plausible answer.</summary>
    public PlausibleResponder Then(string stage, FakeReply reply)
    {
        _scripted.GetOrAdd(stage, _ => new ConcurrentQueue<FakeReply>()).Enqueue(reply);
        return this;
    }

    public static bool IsPreflight(FakeLlmRequest request) => StageOf(request.Prompt) == Preflight;

    /// <summary>The stage a prompt belongs to, from its system message.</summary>
    public static string StageOf(string prompt) =>
        prompt.StartsWith("You design the subjects", StringComparison.Ordinal) ? Topic
        : prompt.StartsWith("You write the realistic content", StringComparison.Ordinal) ? Data
        : prompt.StartsWith("You are an expert at", StringComparison.Ordinal) ? Code
        : prompt.StartsWith("You write question-answer pairs", StringComparison.Ordinal) ? Qa
        : prompt.StartsWith("You check question-answer pairs", StringComparison.Ordinal) ? Verify
        : Preflight;

    public FakeReply Reply(FakeLlmRequest request)
    {
        var stage = StageOf(request.Prompt);
        if (_scripted.TryGetValue(stage, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted;
        }

        return FakeReply.Completion(stage switch
        {
            Topic => ScriptedReplies.TopicsInProse,
            Data => ScriptedReplies.CsvWithoutFence,
            Code => CodeFor(request.Prompt),
            Qa => ScriptedReplies.ValidQa(),
            Verify => VerifyAnswers,
            _ => "OK",
        });
    }

    /// <summary>
    /// A script whose chart kind, labels and values follow from the prompt (a stable hash), so real renders of
    /// different samples are not near-duplicates of each other.
    /// </summary>
    private string CodeFor(string prompt)
    {
        // A repair makes the smallest change: the failing code from the prompt without the marker, and unfenced.
        if (prompt.Contains("failed to render", StringComparison.Ordinal) && FailingCode().Match(prompt) is { Success: true } failing)
        {
            return failing.Groups[1].Value.Replace(BrokenMarker + " ", string.Empty, StringComparison.Ordinal);
        }

        if (prompt.Contains("found layout problems", StringComparison.Ordinal) && FailingCode().Match(prompt) is { Success: true } rendered)
        {
            return "```python\n" + rendered.Groups[1].Value + "\n" + LayoutFixedMarker + "\n```";
        }

        var title = TopicLine().Match(prompt) is { Success: true } m ? m.Groups[1].Value : "Sales by region";
        var hash = (uint)StableHash(prompt);
        var labels = Regions.Take(3 + (int)(hash % 4)).ToList();
        var values = labels.Select((_, i) => 5 + (int)((hash >> (i * 4)) % 40)).ToList();
        var draw = (hash / 7 % 3) switch
        {
            0 => "ax.bar(regions, sales, color='#4C72B0')",
            1 => "ax.barh(regions, sales, color='#DD8452')",
            _ => "ax.plot(regions, sales, marker='o', color='#55A868')",
        };
        var script = string.Join('\n',
            "import matplotlib.pyplot as plt",
            $"regions = [{string.Join(", ", labels.Select(Quote))}]",
            $"sales = [{string.Join(", ", values)}]",
            $"fig, ax = plt.subplots(figsize=({5 + (hash % 3)}, 4))",
            draw,
            $"ax.set_title({Quote(title)})",
            "ax.set_ylabel('Sales (units)')",
            "fig.tight_layout()",
            "plt.savefig('figure.png', dpi=150, bbox_inches='tight')");
        return FirstCodeBroken
            ? "Sure, here is the chart:\n```python\n" + script.Replace("ax.", BrokenMarker + " ax.", StringComparison.Ordinal) + "\n```"
            : "```python\n" + script + "\n```";
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"\nCode:\n```python\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex FailingCode();

    [GeneratedRegex(@"(?:^|\n)Topic: (.+)")]
    private static partial Regex TopicLine();
}
