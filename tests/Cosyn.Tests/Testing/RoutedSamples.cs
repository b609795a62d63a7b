using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Charts;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Testing;

/// <summary>Makes samples of a procedural pipeline the way the engine does, the figure type fixed through the ticket as routing fixes it.</summary>
internal static class RoutedSamples
{
    public static ProceduralSample Make(IProceduralPipeline pipeline, long seed, string? figureType = null, string? persona = null, string? query = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var ticket = ChartSamples.Ticket(seed, persona, pipeline.Name) with { FigureType = figureType, Query = query };
        return ProceduralSample.Make(pipeline, ticket);
    }

    /// <summary>
    /// Runs <paramref name="check"/> over every answer of every figure type and seed; returns the disagreements and
    /// the count checked. Samples come from <paramref name="make"/> (pipeline, seed, figure type), else <see cref="Make"/>.
    /// </summary>
    public static (List<string> Failures, int Checked) Sweep(IProceduralPipeline pipeline, int seeds, Func<ProceduralSample, QaPair, string?> check, Func<IProceduralPipeline, long, string, ProceduralSample>? make = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(check);
        make ??= (p, seed, figureType) => Make(p, seed, figureType);
        var failures = new List<string>();
        var count = 0;
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < seeds; seed++)
            {
                var sample = make(pipeline, seed, figureType);
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

    /// <summary>Every sample of every figure type (60 seeds) has the paper's question mix and no repeated question.</summary>
    public static void AssertQuestionMix(IProceduralPipeline pipeline, string notAnswerable, string summaryStart)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 60; seed++)
            {
                QuestionMix.AssertPapersMix(Make(pipeline, seed, figureType).Qa, $"{figureType} seed {seed}", summaryStart, notAnswerable);
            }
        }
    }

    /// <summary>The checker rejects a same-shaped wrong answer to every question of 10 seeds per figure type.</summary>
    public static void AssertCheckerRejectsCorruptedAnswers(IProceduralPipeline pipeline, Func<ProceduralSample, QaPair, string?> check, string notAnswerable, string summaryStart)
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
                    var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, summaryStart, notAnswerable) };
                    Assert.True(check(sample, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }
}
