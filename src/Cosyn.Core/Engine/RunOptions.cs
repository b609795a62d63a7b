using Cosyn.Llm.Accounting;
using Cosyn.Pipelines;
using Cosyn.Rendering;

namespace Cosyn.Engine;

/// <summary>What a run makes and where. Plain settings with documented defaults.</summary>
public sealed class RunOptions
{
    /// <summary>Pipelines to run; the count is split evenly between them, earlier ones taking the remainder.</summary>
    public required IReadOnlyList<PipelineDescriptor> Pipelines { get; init; }

    /// <summary>Samples to write in total.</summary>
    public required int Count { get; init; }

    /// <summary>Output folder.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Run seed; every sample's seed derives from it and the sample's index. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Samples in flight per stage. Default: the processor count.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Render attempts per sample: one first try plus repairs. Default 3.</summary>
    public int RenderAttempts { get; init; } = 3;

    /// <summary>How many plan indices a pipeline may use per requested sample before it gives up on failures. Default 3.</summary>
    public int AttemptsPerSample { get; init; } = 3;

    /// <summary>Render settings for every sample.</summary>
    public RenderOptions Render { get; init; } = new();

    /// <summary>The user's targeting query, when given.</summary>
    public string? Query { get; init; }

    /// <summary>Where the run's LLM calls are counted, for the <c>llm</c> section of stats.json; null without an LLM.</summary>
    public LlmUsageLedger? LlmUsage { get; init; }
}
