namespace Cosyn.Tests.Llm.Fakes;

/// <summary>What a fake provider does with one request.</summary>
public enum FakeReplyKind
{
    /// <summary>A normal completion with the given text and usage.</summary>
    Text,

    /// <summary>An HTTP error in the provider's error format, with optional rate-limit headers.</summary>
    Error,

    /// <summary>Accepts the request and never answers (a stalled connection).</summary>
    Stall,

    /// <summary>Closes the connection without answering (a dropped connection).</summary>
    Drop,
}
