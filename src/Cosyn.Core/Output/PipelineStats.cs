using System.Text.Json.Serialization;

namespace Cosyn.Output;

/// <summary>One pipeline's totals over every session of a run.</summary>
/// <param name="Requested">Samples asked for.</param>
/// <param name="Planned">Plan slots that reached a terminal state (written, failed, or finished beyond the count).</param>
/// <param name="Written">Rows in <c>samples.jsonl</c>.</param>
/// <param name="Failed">Samples that failed.</param>
/// <param name="Failures">Failures by stage, then by reason.</param>
/// <param name="QaPairs">QA pairs in written rows.</param>
/// <param name="RenderedFirstTry">Finished samples whose first render succeeded.</param>
/// <param name="RenderedAfterRepair">Finished samples that needed a repaired render.</param>
/// <param name="MeanStageSeconds">Mean seconds per stage over terminal samples.</param>
/// <param name="Diversity">Topic, question, persona and image variety of the written samples.</param>
/// <param name="Render">First-try and after-repair render success with the failure kinds.</param>
/// <param name="Quality">What the quality gate decided; absent for runs without the gate.</param>
/// <param name="Verify">What <c>--verify</c> checked, agreed and dropped in written samples; null when no sample was verified.</param>
/// <param name="Points">What became of model-written pointing questions (LLM point-html); absent when no written sample has any.</param>
public sealed record PipelineStats(
    int Requested,
    int Planned,
    int Written,
    int Failed,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Failures,
    int QaPairs,
    int RenderedFirstTry,
    int RenderedAfterRepair,
    IReadOnlyDictionary<string, double> MeanStageSeconds,
    RenderStats Render,
    DiversityStats Diversity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QualityStats? Quality = null,
    VerifyStats? Verify = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PointStats? Points = null);
