using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Charts;

namespace Cosyn.Tests.Testing;

/// <summary>Makes samples of a procedural pipeline the way the engine does, the figure type fixed through the ticket as routing fixes it.</summary>
internal static class RoutedSamples
{
    public static ChartSample Make(IProceduralPipeline pipeline, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var ticket = ChartSamples.Ticket(seed, persona, pipeline.Name) with { FigureType = figureType, Query = query };
        var topic = pipeline.CreateTopic(ticket, SeededRandom.For(seed, "topic"));
        var data = pipeline.CreateData(ticket, topic, SeededRandom.For(seed, "data"));
        var code = pipeline.WriteCode(ticket, topic, data, SeededRandom.For(seed, "code"));
        var qa = pipeline.WriteQa(ticket, topic, data, SeededRandom.For(seed, "qa"));
        return new ChartSample(seed, topic, data, code, qa);
    }

    /// <summary>Runs <paramref name="check"/> over every answer of every figure type and seed; returns the disagreements and the count checked.</summary>
    public static (List<string> Failures, int Checked) Sweep(IProceduralPipeline pipeline, int seeds, Func<ChartSample, QaPair, string?> check)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(check);
        var failures = new List<string>();
        var count = 0;
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < seeds; seed++)
            {
                var sample = Make(pipeline, seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    count++;
                    if (check(sample, qa) is { } problem)
                    {
                        failures.Add($"[{figureType} seed {seed}] {problem}\n    explanation: {qa.Explanation}");
                    }
                }
            }
        }

        return (failures, count);
    }

    /// <summary>Counts of the paper's question families in one sample, recognised by answer shape.</summary>
    public static (int Short, int Choice, int YesNo, int Unanswerable, int Summary) Mix(IReadOnlyList<QaPair> qa, string notAnswerable, string summaryStart)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
        var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
        var unanswerable = qa.Count(q => q.Answer == notAnswerable);
        var summary = qa.Count(q => q.Answer.StartsWith(summaryStart, StringComparison.Ordinal));
        return (qa.Count - choice - yesNo - unanswerable - summary, choice, yesNo, unanswerable, summary);
    }

    /// <summary>Every sample of every figure type (60 seeds) has the paper's question mix and no repeated question.</summary>
    public static void AssertQuestionMix(IProceduralPipeline pipeline, string notAnswerable, string summaryStart)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 60; seed++)
            {
                var qa = Make(pipeline, seed, figureType).Qa;
                var mix = Mix(qa, notAnswerable, summaryStart);
                Assert.True(mix.Short >= 5 && mix.Choice >= 2 && mix.YesNo >= 1 && mix.Unanswerable >= 1 && mix.Summary >= 1, $"{figureType} seed {seed}: {mix}");
                Assert.Equal(qa.Count, qa.Select(q => q.Question).Distinct().Count());
            }
        }
    }

    /// <summary>The checker rejects a same-shaped wrong answer to every question of 10 seeds per figure type.</summary>
    public static void AssertCheckerRejectsCorruptedAnswers(IProceduralPipeline pipeline, Func<ChartSample, QaPair, string?> check, string notAnswerable, string summaryStart)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 10; seed++)
            {
                var sample = Make(pipeline, seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    var wrong = qa with { Answer = Corrupt(qa.Answer, notAnswerable, summaryStart) };
                    Assert.True(check(sample, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }

    // A wrong answer of the same shape: numbers shift, Yes flips, option letters move, text changes.
    private static string Corrupt(string answer, string notAnswerable, string summaryStart) => answer switch
    {
        "Yes" => "No",
        "No" => "Yes",
        "A" => "B",
        "B" or "C" or "D" => "A",
        _ when answer == notAnswerable => "42",
        _ when answer.StartsWith(summaryStart, StringComparison.Ordinal) => answer[..(summaryStart.Length + 4)],
        _ when decimal.TryParse(answer, System.Globalization.CultureInfo.InvariantCulture, out var n) => (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "Something else",
    };
}
