namespace Cosyn.Quality.Checks;

/// <summary>A check that judges what the context already holds (no OCR, nothing to wait for): its verdict is ready at once.</summary>
/// <param name="name">The check's kebab-case <see cref="IQualityCheck.Name"/>.</param>
public abstract class SynchronousCheck(string name) : IQualityCheck
{
    public string Name { get; } = name;

    public Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Check(context, options));
    }

    /// <summary>The verdict, with <paramref name="context"/> known to be non-null.</summary>
    protected abstract CheckResult Check(CheckContext context, QualityOptions options);
}
