using Cosyn.Engine;
using Cosyn.Llm.Outages;

namespace Cosyn.Cli.Commands;

/// <summary>The exit code of a finished <c>generate</c> and the one line that explains a non-zero one.</summary>
public static class GenerateOutcome
{
    /// <summary>0 only when the requested count was written; see <see cref="ExitCodes"/> for the others.</summary>
    public static (int ExitCode, string? Line) Of(RunResult result, LlmRunHalt? halt)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stats = result.Stats;
        if (halt?.Kind is { } kind)
        {
            return kind == LlmHaltKind.Rejected
                ? (ExitCodes.Error, $"error: {halt.Reason}")
                : (ExitCodes.TryAgainLater, $"stopped: {halt.Reason}");
        }

        if (result.Cancelled)
        {
            return (ExitCodes.Interrupted, null);
        }

        return stats.Completed
            ? (ExitCodes.Ok, null)
            : (ExitCodes.Incomplete, $"incomplete: {stats.Totals.Written} of {stats.Count} samples written ({stats.Shortfall} short): {stats.StopReason}");
    }
}
