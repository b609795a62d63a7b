using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Testing;

/// <summary>
/// Runs an independent answer checker over many labelled samples: every generated answer must pass it, and every
/// answer corrupted by <see cref="AnswerCorruption"/> must fail it.
/// </summary>
internal static class AnswerSweep
{
    /// <summary>Every (case, seed) sample made by <paramref name="make"/>, labelled "case seed N".</summary>
    public static IEnumerable<(string Label, ProceduralSample Sample)> Samples<TCase>(IEnumerable<TCase> cases, int seeds, Func<TCase, long, ProceduralSample> make) =>
        from c in cases
        from seed in Enumerable.Range(0, seeds)
        select ($"{c} seed {seed}", make(c, seed));

    /// <summary>Fails, showing the first 25 disagreements, unless <paramref name="check"/> passes every answer; returns how many were checked.</summary>
    public static int AssertAllAgree(IEnumerable<(string Label, ProceduralSample Sample)> samples, Func<ProceduralSample, QaPair, string?> check)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(check);
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (label, sample) in samples)
        {
            foreach (var qa in sample.Qa)
            {
                checkedCount++;
                if (check(sample, qa) is { } problem)
                {
                    failures.Add($"[{label}] {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        return checkedCount;
    }

    /// <summary>Fails if <paramref name="check"/> accepts any answer of <paramref name="samples"/> once corrupted.</summary>
    public static void AssertRejectsCorrupted(IEnumerable<ProceduralSample> samples, Func<ProceduralSample, QaPair, string?> check, string summaryStart, params string[] notAnswerable)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var sample in samples)
        {
            foreach (var qa in sample.Qa)
            {
                var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, summaryStart, notAnswerable) };
                Assert.True(check(sample, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
            }
        }
    }
}
