using Cosyn.Quality.Checks;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A quality check whose verdict is a callback on the sample, counting its runs.</summary>
internal sealed class FakeCheck(string name, Func<CheckContext, CheckResult?> failWhen) : IQualityCheck
{
    private int _runs;

    public string Name => name;

    public int Runs => _runs;

    public Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(failWhen(context) ?? CheckResult.Pass(Name, "fine"));
    }
}
