namespace Cosyn.Llm.Calls;

/// <summary>How one logical LLM call ended.</summary>
public enum LlmCallOutcome
{
    /// <summary>The provider answered.</summary>
    Ok,

    /// <summary>Answered from the run store or by joining an identical call in flight; no provider request.</summary>
    CacheHit,

    /// <summary>Rejected, or still failing when the retry budget ran out.</summary>
    Failed,

    /// <summary>The run was stopping.</summary>
    Cancelled,
}
