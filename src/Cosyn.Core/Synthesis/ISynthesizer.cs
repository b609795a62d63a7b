using Cosyn.Rendering;

namespace Cosyn.Synthesis;

/// <summary>
/// Fills the content stages of a sample: topic, data, code and QA. The procedural synthesizer and the LLM
/// synthesizer both implement it. Each method returns null on success or a <see cref="StageFailure"/> value.
/// </summary>
public interface ISynthesizer
{
    /// <summary>Short name recorded in the run configuration, e.g. <c>procedural</c>.</summary>
    string Name { get; }

    /// <summary>Whether a failed render is worth sending back to <see cref="CodeAsync"/> (an LLM can repair; a deterministic generator cannot).</summary>
    bool CanRepairCode { get; }

    /// <summary>Whether this synthesizer can make samples for <paramref name="pipeline"/>.</summary>
    bool Supports(string pipeline);

    /// <summary>Chooses the figure type and topic.</summary>
    ValueTask<StageFailure?> TopicAsync(SampleDraft draft, CancellationToken cancellationToken);

    /// <summary>Writes the data.</summary>
    ValueTask<StageFailure?> DataAsync(SampleDraft draft, CancellationToken cancellationToken);

    /// <summary>Writes the code; <paramref name="previousFailure"/> is set when repairing a failed render.</summary>
    ValueTask<StageFailure?> CodeAsync(SampleDraft draft, RenderFailure? previousFailure, CancellationToken cancellationToken);

    /// <summary>Writes the question / explanation / answer triples.</summary>
    ValueTask<StageFailure?> QaAsync(SampleDraft draft, CancellationToken cancellationToken);
}
