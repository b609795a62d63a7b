using System.Text.Json;

namespace Cosyn.Testing.Fakes;

/// <summary>What a model replies to cosyn's chart-matplotlib stage prompts for one regional sales bar chart (North 12, South 30, East 18).</summary>
public static class ChartReplies
{
    /// <summary>The data stage's CSV, without a fence.</summary>
    public const string Csv = "Region,Sales (units)\nNorth,12\nSouth,30\nEast,18\n";

    /// <summary>The code stage's matplotlib script, without a fence.</summary>
    public const string Code = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['North', 'South', 'East'], [12, 30, 18])\nplt.savefig('figure.png')";

    /// <summary>
    /// The QA stage's JSON object with the paper's mix: five short answers, two multiple choice, a yes/no, a summary and
    /// an unanswerable question; <paramref name="loose"/> writes the second choice the way models often do ("multiple choice", "(A)").
    /// </summary>
    public static string QaJson(bool loose)
    {
        var pairs = new List<object>();
        for (var i = 0; i < 5; i++)
        {
            pairs.Add(new { type = "short-answer", question = $"Short question {i}?", explanation = "Read the bar labelled South: 30.", answer = "30" });
        }

        pairs.Add(new { type = "multiple-choice", question = "Which region sold most?\nA. North\nB. South\nC. East", explanation = "30 > 18 > 12.", answer = "B. South" });
        pairs.Add(new { type = loose ? "multiple choice" : "multiple-choice", question = "Which region sold least?\nA. North\nB. South\nC. East", explanation = "12 is the smallest.", answer = loose ? "(A)" : "A. North" });
        pairs.Add(new { type = "yes/no", question = "Did East sell more than North?", explanation = "18 > 12.", answer = "yes" });
        pairs.Add(new { type = "summary", question = "Summarise the chart.", explanation = "Three regions are compared.", answer = "South leads with 30 units, then East and North." });
        pairs.Add(new { type = "unanswerable", question = "What was the profit margin?", explanation = "The chart shows units only.", answer = "Not shown." });
        return JsonSerializer.Serialize(new { qa_pairs = pairs });
    }
}
