namespace Cosyn.Quality.Checks;

/// <summary>A check that judges each QA pair of a type on its own; the sample fails on the first bad pair.</summary>
public abstract class QaPairCheck : IQualityCheck
{
    public abstract string Name { get; }

    public Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        var judged = 0;
        var bad = new List<string>();
        foreach (var (pair, index) in context.Sample.QaPairs.Select((p, i) => (p, i)))
        {
            if (!Applies(pair))
            {
                continue;
            }

            judged++;
            if (Problem(pair) is { } problem)
            {
                bad.Add($"pair {index + 1}: {problem}");
            }
        }

        return Task.FromResult(judged == 0
            ? CheckResult.Pass(Name, "not judged: no such pairs")
            : bad.Count == 0
                ? CheckResult.Pass(Name, $"{judged} pairs fine")
                : CheckResult.Fail(Name, 1 - ((double)bad.Count / judged), string.Join("; ", bad.Take(3)) + (bad.Count > 3 ? $" (and {bad.Count - 3} more)" : "")));
    }

    /// <summary>True for the pairs this check judges.</summary>
    protected abstract bool Applies(QaPair pair);

    /// <summary>What is wrong with the pair, or null.</summary>
    protected abstract string? Problem(QaPair pair);
}
