using Cosyn.Families.Screens;
using Cosyn.Tests.Families.Screens.Checking;

namespace Cosyn.Tests.Families.Screens;

/// <summary>Every screen-html answer agrees with the independent checker over many seeds, the mix is the paper's, and corrupted answers are caught.</summary>
public sealed class ScreenAnswerTests
{
    private const int SeedsPerKind = 80;

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryKindAndSeed()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var kind in ScreenKinds.All)
        {
            for (var seed = 0; seed < SeedsPerKind; seed++)
            {
                var sample = ScreenSamples.Make("screen-html", seed, kind);
                foreach (var qa in sample.Qa)
                {
                    checkedCount++;
                    if (ScreenAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                    {
                        failures.Add($"[{kind} seed {seed}] {problem}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(checkedCount > ScreenKinds.All.Count * SeedsPerKind * 10, $"only {checkedCount} answers checked");
    }

    [Fact]
    public void EverySample_HasThePapersMix()
    {
        foreach (var kind in ScreenKinds.All)
        {
            for (var seed = 0; seed < 40; seed++)
            {
                var qa = ScreenSamples.Make("screen-html", seed, kind).Qa;
                var choices = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
                var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
                var unanswerable = qa.Count(q => q.Answer == ScreenAnswerChecker.NotAnswerable);
                var summaries = qa.Count(q => q.Question.StartsWith("Summarize", StringComparison.Ordinal));
                var shorts = qa.Count - choices - yesNo - unanswerable - summaries;
                Assert.True(shorts >= 5 && choices >= 2 && yesNo >= 1 && unanswerable == 1 && summaries == 1,
                    $"{kind} seed {seed}: {shorts} short, {choices} MC, {yesNo} yes/no, {unanswerable} unanswerable, {summaries} summary");
                Assert.Equal(qa.Count, qa.Select(q => q.Question).Distinct().Count());
                Assert.All(qa, q => Assert.False(string.IsNullOrWhiteSpace(q.Explanation)));
            }
        }
    }

    [Fact]
    public void Checker_RejectsCorruptedAnswers()
    {
        var rejected = 0;
        var total = 0;
        foreach (var kind in ScreenKinds.All)
        {
            for (var seed = 0; seed < 10; seed++)
            {
                var sample = ScreenSamples.Make("screen-html", seed, kind);
                foreach (var qa in sample.Qa.Where(q => !q.Question.StartsWith("Summarize", StringComparison.Ordinal)))
                {
                    total++;
                    if (ScreenAnswerChecker.Check(sample.Data.Text, qa with { Answer = Corrupt(qa.Answer) }) is not null)
                    {
                        rejected++;
                    }
                }
            }
        }

        Assert.Equal(total, rejected);
    }

    [Fact]
    public void FigureTypeAndQuery_PickTheKind()
    {
        foreach (var kind in ScreenKinds.All)
        {
            Assert.Equal(kind, ScreenSamples.Make("screen-html", 3, kind).Topic.FigureType);
        }

        Assert.Equal(ScreenKinds.Email, ScreenSamples.Make("screen-html", 5, query: "an email inbox with unread messages").Topic.FigureType);
        Assert.Equal(ScreenKinds.Checkout, ScreenSamples.Make("screen-html", 5, query: "shopping cart checkout pages").Topic.FigureType);
    }

    [Fact]
    public void FarmerDashboard_ShowsFarmMeasures()
    {
        var sample = ScreenSamples.Make("screen-html", 1, ScreenKinds.Dashboard, "A soybean farmer in Iowa who tracks crop yields and rainfall");
        Assert.Contains("agriculture", sample.Topic.Topic, StringComparison.Ordinal);
        Assert.Contains("yield", sample.Data.Text, StringComparison.OrdinalIgnoreCase);
    }

    private static string Corrupt(string answer) => answer switch
    {
        "Yes" => "No",
        "No" => "Yes",
        "A" => "B",
        "B" => "C",
        "C" => "D",
        "D" => "A",
        _ when decimal.TryParse(answer, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n) =>
            (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => answer + " (edited)",
    };
}
