namespace Cosyn.Llm.Batch;

/// <summary>How <c>--batch</c> groups a stage's requests into provider batches and waits for them. Plain settings with documented defaults.</summary>
public sealed class LlmBatchOptions
{
    /// <summary>What a batch request costs relative to the same request online: OpenAI and Anthropic both bill batches at half price.</summary>
    public const decimal PriceFactor = 0.5m;

    /// <summary>Requests in one batch before it is submitted without waiting longer (<c>--batch-size</c>). Default 1000.</summary>
    public int MaxRequests { get; init; } = 1000;

    /// <summary>How long the oldest waiting request of a stage waits for more before its batch is submitted anyway (<c>--batch-wait</c>). Default 60 s.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pause between two status checks of a submitted batch (<c>--batch-poll</c>). Default 30 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Batches one request may be submitted in when its batch expires, is cancelled or fails it transiently; then it fails. Default 3.</summary>
    public int MaxSubmissions { get; init; } = 3;

    /// <summary>Bound on one HTTP exchange with the batch API (an upload of a large file, a results download). Default 10 min.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
