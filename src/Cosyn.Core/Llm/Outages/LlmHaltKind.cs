namespace Cosyn.Llm.Outages;

/// <summary>Why the LLM layer stopped a run before it was done.</summary>
public enum LlmHaltKind
{
    /// <summary>The provider stayed unavailable longer than <see cref="LlmCallOptions.MaxOutage"/>; resuming later continues.</summary>
    Outage,

    /// <summary>The spend reached <see cref="LlmCallOptions.MaxCostUsd"/>; resuming with a higher cap continues.</summary>
    CostCap,

    /// <summary>The provider refused every request (bad key, no permission, unknown model); retrying cannot help.</summary>
    Rejected,
}
