using Cosyn.Testing.Fakes;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>Realistic model replies for the scripted clients, including the untidy ones.</summary>
internal static class ScriptedReplies
{
    public const string TopicsInProse = "Here are some ideas:\n```json\n{\"topics\": [\"Harbour ferry riders by weekday\", \"Night market stalls by district\", \"Bike-share trips by station\"]}\n```\nLet me know if you want more!";

    public const string CsvWithoutFence = ChartReplies.Csv;

    public const string BrokenCode = "Sure, here is the chart:\n```python\nBROKEN plt.bar(regions, sales)\n```";

    public const string FixedCodeWithoutFence = ChartReplies.Code;

    public const string TruncatedQa = "{\"qa_pairs\": [{\"type\": \"short-answer\", \"question\": \"What are";

    /// <summary>A valid QA reply with the paper's mix, followed by trailing prose and with loosely written answers.</summary>
    public static string ValidQa() => "```json\n" + ChartReplies.QaJson(loose: true) + "\n```\nThese cover every type.";

    public static string SystemText(IReadOnlyList<ChatMessage> messages) => messages[0].Text;

    public static bool IsRepair(IReadOnlyList<ChatMessage> messages) => messages[^1].Text.Contains("failed to render", StringComparison.Ordinal);

    public static bool IsCorrection(IReadOnlyList<ChatMessage> messages) => messages[^1].Text.StartsWith("Your reply could not be used", StringComparison.Ordinal);
}
