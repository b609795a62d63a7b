namespace Cosyn.Tests.Llm.Fakes;

/// <summary>
/// What a fake provider answers, in order: the scripted replies first, then <paramref name="then"/> for every later
/// request (by default an echo of the prompt, so distinct requests get distinct answers). Thread-safe.
/// </summary>
public sealed class FakeTranscript(IEnumerable<FakeReply> scripted, Func<FakeLlmRequest, FakeReply>? then = null)
{
    private readonly Queue<FakeReply> _scripted = new(scripted);
    private readonly Lock _gate = new();

    public FakeTranscript(params FakeReply[] scripted)
        : this((IEnumerable<FakeReply>)scripted)
    {
    }

    /// <summary>The default answer: "echo: " and the prompt.</summary>
    public static FakeReply Echo(FakeLlmRequest request) => FakeReply.Completion(EchoOf(request.Prompt));

    public static string EchoOf(string prompt) => "echo: " + prompt;

    /// <summary>
    /// Fails about <paramref name="rate"/> of requests with a transient fault (500, 429 with a short Retry-After, 503,
    /// or a dropped connection), chosen by a seeded draw per request number, and answers the rest with
    /// <paramref name="answer"/> (default: an echo). Requests <paramref name="spared"/> accepts are always answered.
    /// </summary>
    public static FakeTranscript WithTransientFaults(double rate, int seed, Func<FakeLlmRequest, FakeReply>? answer = null, Func<FakeLlmRequest, bool>? spared = null) => new([], request =>
    {
        var random = new Random(HashCode.Combine(seed, request.Number));
        if (random.NextDouble() >= rate || spared?.Invoke(request) == true)
        {
            return (answer ?? Echo)(request);
        }

        return random.Next(4) switch
        {
            0 => FakeReply.Error(500, "internal error"),
            1 => FakeReply.RateLimitedMs(20),
            2 => FakeReply.Error(503, "overloaded"),
            _ => FakeReply.Drop,
        };
    });

    public FakeReply Next(FakeLlmRequest request)
    {
        lock (_gate)
        {
            if (_scripted.TryDequeue(out var reply))
            {
                return reply;
            }
        }

        return (then ?? Echo)(request);
    }
}
