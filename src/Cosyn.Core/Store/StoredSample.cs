namespace Cosyn.Store;

/// <summary>One row of the run store: a sample that reached a terminal state.</summary>
/// <param name="Index">Global plan index.</param>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Status">Done or failed.</param>
/// <param name="Line">The JSON line for <c>samples.jsonl</c> (done samples only).</param>
/// <param name="QaCount">Number of QA pairs (done samples only).</param>
/// <param name="Stage">Failed stage (failed samples only).</param>
/// <param name="Reason">Failure reason key (failed samples only).</param>
/// <param name="Detail">Failure detail (failed samples only).</param>
/// <param name="RenderAttempts">Render attempts made, repairs included.</param>
/// <param name="StageSeconds">Seconds per stage, as JSON.</param>
/// <param name="Emitted">Whether the line is in <c>samples.jsonl</c>.</param>
/// <param name="ImageHash">Perceptual hash of the image (done samples), for near-duplicate checks across sessions.</param>
public sealed record StoredSample(
    long Index,
    string Pipeline,
    StoredSampleStatus Status,
    string? Line,
    int QaCount,
    string? Stage,
    string? Reason,
    string? Detail,
    int RenderAttempts,
    string StageSeconds,
    bool Emitted,
    string? ImageHash = null);
