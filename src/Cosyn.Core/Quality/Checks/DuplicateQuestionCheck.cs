namespace Cosyn.Quality.Checks;

/// <summary>No question is asked twice in one sample (compared in <see cref="Texts.Normal"/> form).</summary>
public sealed class DuplicateQuestionCheck() : SynchronousCheck(CheckName)
{
    public const string CheckName = "qa-duplicate-questions";

    protected override CheckResult Check(CheckContext context, QualityOptions options)
    {
        var pairs = context.Sample.QaPairs;
        var repeated = pairs.GroupBy(p => Texts.Normal(p.Question)).Where(g => g.Count() > 1).Select(g => g.First().Question).ToList();
        return repeated.Count == 0
            ? CheckResult.Pass(Name, $"{pairs.Count} distinct questions")
            : CheckResult.Fail(Name, 1 - ((double)repeated.Count / pairs.Count), $"'{Texts.Clip(repeated[0])}' asked more than once" + (repeated.Count > 1 ? $" (and {repeated.Count - 1} more)" : ""));
    }
}
