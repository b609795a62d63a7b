namespace Cosyn.Llm.Calls;

/// <summary>A classified call failure: its kind, the HTTP status when there was one, and a one-line description.</summary>
public sealed record LlmFailure(LlmFailureKind Kind, int? StatusCode, string Message)
{
    /// <summary>Whether another attempt may succeed.</summary>
    public bool IsTransient => Kind is LlmFailureKind.Timeout or LlmFailureKind.RateLimited or LlmFailureKind.ServerError or LlmFailureKind.ConnectionFailed;
}
