namespace Cosyn.Tests.Llm.Fakes;

/// <summary>One scripted answer of a fake provider.</summary>
public sealed record FakeReply(FakeReplyKind Kind, string? Text = null, int Status = 200, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeReply Completion(string text, TimeSpan delay = default, IReadOnlyDictionary<string, string>? headers = null) =>
        new(FakeReplyKind.Text, text, Headers: headers, Delay: delay);

    public static FakeReply Error(int status, string message = "scripted failure", IReadOnlyDictionary<string, string>? headers = null) =>
        new(FakeReplyKind.Error, message, status, headers);

    /// <summary>HTTP 429 with <c>Retry-After</c> in whole seconds.</summary>
    public static FakeReply RateLimited(int retryAfterSeconds) =>
        Error(429, "Rate limit reached", new Dictionary<string, string> { ["retry-after"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>HTTP 429 with OpenAI's <c>retry-after-ms</c>.</summary>
    public static FakeReply RateLimitedMs(int retryAfterMs) =>
        Error(429, "Rate limit reached", new Dictionary<string, string> { ["retry-after-ms"] = retryAfterMs.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeReply Stall { get; } = new(FakeReplyKind.Stall);

    public static FakeReply Drop { get; } = new(FakeReplyKind.Drop);
}
