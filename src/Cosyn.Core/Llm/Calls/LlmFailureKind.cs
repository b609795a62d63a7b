namespace Cosyn.Llm.Calls;

/// <summary>Why a provider call failed, as far as the retry policy cares.</summary>
public enum LlmFailureKind
{
    /// <summary>No complete response within the per-call timeout (a stalled connection or a slow server).</summary>
    Timeout,

    /// <summary>HTTP 429: over the provider's rate limit.</summary>
    RateLimited,

    /// <summary>HTTP 5xx (and 408, 425): the provider failed; trying again usually works.</summary>
    ServerError,

    /// <summary>The connection could not be made or dropped mid-response.</summary>
    ConnectionFailed,

    /// <summary>HTTP 4xx other than 408/425/429: the request or the credentials are wrong; retrying cannot help.</summary>
    Rejected,

    /// <summary>Anything else (an SDK that cannot read the response, a bug): not retried.</summary>
    Unexpected,
}
