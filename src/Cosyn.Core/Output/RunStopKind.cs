namespace Cosyn.Output;

/// <summary>Why a run wrote fewer samples than requested, as a value tools can test (<see cref="RunStats.StopReason"/> says it in words).</summary>
public enum RunStopKind
{
    /// <summary>The run went through its plan to the end, but samples kept failing until the failure budgets ran out: nothing is left to resume.</summary>
    BudgetSpent,

    /// <summary>The run stopped before its end (Ctrl+C, a provider outage, the cost limit): running it again resumes it.</summary>
    Stopped,
}
