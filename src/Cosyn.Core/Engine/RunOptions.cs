using Cosyn.Catalog;
using Cosyn.Llm.Accounting;
using Cosyn.Quality;
using Cosyn.Rendering;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Engine;

/// <summary>What a run makes and where. Plain settings with documented defaults.</summary>
public sealed class RunOptions
{
    /// <summary>Pipelines to run; the count is split evenly between them, earlier ones taking the remainder.</summary>
    public required IReadOnlyList<PipelineDefinition> Pipelines { get; init; }

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

    /// <summary>How many plan indices each sample's slot may try before it is given up on failures. Default 3.</summary>
    public int AttemptsPerSample { get; init; } = 3;

    /// <summary>Render settings for every sample.</summary>
    public RenderOptions Render { get; init; } = new();

    /// <summary>
    /// Weights and figure types per pipeline, when routing chose them (same pipelines, same order as
    /// <see cref="Pipelines"/>); null splits the count evenly and lets each pipeline choose its figure types.
    /// </summary>
    public IReadOnlyList<PlanEntry>? Routes { get; init; }

    /// <summary>The plan entries this run uses.</summary>
    public IReadOnlyList<PlanEntry> PlanEntries => Routes ?? Pipelines.Select(PlanEntry.Even).ToList();

    /// <summary>
    /// Whether to write images that nearly repeat an earlier written one (perceptual hash within 10 of 256 bits).
    /// Default false: such samples are dropped, counted as verify/near-duplicate failures, and replaced.
    /// </summary>
    public bool KeepNearDuplicates { get; init; }

    /// <summary>
    /// The quality gate: every sample's image, layout facts and QA pairs are checked before it is written; one that
    /// fails is repaired (a synthesizer that is an <see cref="Synthesis.ILayoutRepairer"/>, within
    /// <see cref="RenderAttempts"/> - 1 rewrites) or fails as <c>quality/&lt;check&gt;</c> and is replaced within the
    /// plan budget. Null (the default here; the CLI sets one unless <c>--no-quality-gate</c>) writes every rendered sample.
    /// </summary>
    public QualityChecker? QualityGate { get; init; }

    /// <summary>Whether samples the quality gate rejected are written to <c>rejected/</c> (image and a line with the reasons). Default false.</summary>
    public bool KeepRejected { get; init; }

    /// <summary>The slice of the plan this process computes, or null for the whole run (see <see cref="ShardSpec"/>).</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>The user's targeting query, when given.</summary>
    public string? Query { get; init; }

    /// <summary>Provider and models of an LLM run (part of the run configuration); null for offline runs.</summary>
    public LlmRunSettings? Llm { get; init; }

    /// <summary>Where the run's LLM calls are counted, for the <c>llm</c> section of stats.json; null without an LLM.</summary>
    public LlmUsageLedger? LlmUsage { get; init; }

    /// <summary>Says why the stop token fired (an LLM outage, a cost cap), for stats.json; null or absent means Ctrl+C or SIGTERM.</summary>
    public Func<string?>? StopReason { get; init; }
}
