using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Charts;

namespace Cosyn.Tests.Procedural;

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
}
