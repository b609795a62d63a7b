using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>Realistic model replies for the scripted clients, including the untidy ones.</summary>
internal static class ScriptedReplies
{
    public const string TopicsInProse = "Here are some ideas:\n```json\n{\"topics\": [\"Harbour ferry riders by weekday\", \"Night market stalls by district\", \"Bike-share trips by station\"]}\n```\nLet me know if you want more!";

    public const string CsvWithoutFence = "Region,Sales (units)\nNorth,12\nSouth,30\nEast,18\n";

    public const string BrokenCode = "Sure, here is the chart:\n```python\nBROKEN plt.bar(regions, sales)\n```";

    public const string FixedCodeWithoutFence = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['North', 'South', 'East'], [12, 30, 18])\nplt.savefig('figure.png')";

    public const string TruncatedQa = "{\"qa_pairs\": [{\"type\": \"short-answer\", \"question\": \"What are";

    /// <summary>A valid QA reply with the paper's mix, followed by trailing prose and with loosely written answers.</summary>
    public static string ValidQa()
    {
        var pairs = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            pairs.Add(new { type = "short-answer", question = $"Short question {i}?", explanation = "Read the bar labelled South: 30.", answer = "30" });
        }

        pairs.Add(new { type = "multiple-choice", question = "Which region sold most?\nA. North\nB. South\nC. East", explanation = "30 > 18 > 12.", answer = "B. South" });
        pairs.Add(new { type = "multiple choice", question = "Which region sold least?\nA. North\nB. South\nC. East", explanation = "12 is the smallest.", answer = "(A)" });
        pairs.Add(new { type = "yes/no", question = "Did East sell more than North?", explanation = "18 > 12.", answer = "yes" });
        pairs.Add(new { type = "summary", question = "Summarise the chart.", explanation = "Three regions are compared.", answer = "South leads with 30 units, then East and North." });
        pairs.Add(new { type = "unanswerable", question = "What was the profit margin?", explanation = "The chart shows units only.", answer = "Not shown." });
        return "```json\n" + JsonSerializer.Serialize(new { qa_pairs = pairs }) + "\n```\nThese cover every type.";
    }

    public static string SystemText(IReadOnlyList<ChatMessage> messages) => messages[0].Text;

    public static bool IsRepair(IReadOnlyList<ChatMessage> messages) => messages[^1].Text.Contains("failed to render", StringComparison.Ordinal);

    public static bool IsCorrection(IReadOnlyList<ChatMessage> messages) => messages[^1].Text.StartsWith("Your reply could not be used", StringComparison.Ordinal);
}
