using System.Collections.Concurrent;
using System.Text.RegularExpressions;
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

    /// <summary>What the fake renderer rejects.</summary>
    public const string BrokenMarker = "BROKEN";

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
            _ => "OK",
        });
    }

    private string CodeFor(string prompt)
    {
        var title = TopicLine().Match(prompt) is { Success: true } m ? m.Groups[1].Value : "Sales by region";
        var script = $"import matplotlib.pyplot as plt\nfig, ax = plt.subplots(figsize=(6, 4))\nax.bar(['North', 'South', 'East'], [12, 30, 18], color='#4C72B0')\nax.set_title({Quote(title)})\nax.set_ylabel('Sales (units)')\nfig.tight_layout()\nplt.savefig('figure.png', dpi=150)";
        if (prompt.Contains("failed to render", StringComparison.Ordinal))
        {
            return script;
        }

        return FirstCodeBroken
            ? "Sure, here is the chart:\n```python\n" + script.Replace("ax.bar(", BrokenMarker + " ax.bar(", StringComparison.Ordinal) + "\n```"
            : "```python\n" + script + "\n```";
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"(?:^|\n)Topic: (.+)")]
    private static partial Regex TopicLine();
}
