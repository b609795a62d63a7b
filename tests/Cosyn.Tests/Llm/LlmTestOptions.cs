using Cosyn.Llm;

namespace Cosyn.Tests.Llm;

/// <summary>Call options with short real waits, so wire tests retry for real in milliseconds.</summary>
internal static class LlmTestOptions
{
    public static LlmCallOptions Fast(int maxRetries = 5, TimeSpan? callTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        CallTimeout = callTimeout ?? TimeSpan.FromSeconds(10),
        TotalTimeout = TimeSpan.FromSeconds(30),
        MaxOutage = null, // these tests see each call's own failure
    };
}
