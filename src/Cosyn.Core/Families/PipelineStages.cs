using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families;

/// <summary>
/// The stages a family shares across the tools that draw it: topic plan, typed model, its <c>data</c> text and QA.
/// A family declares them once; each tool's pipeline adds only its code writer (see <see cref="StagedPipeline{TPlan, TModel}"/>).
/// </summary>
/// <param name="Plan">The figure type, topic line and plan for a ticket, among the pipeline's figure types.</param>
/// <param name="Build">The typed sample built from the plan.</param>
/// <param name="Data">The text of the sample's <c>data</c> field.</param>
/// <param name="Qa">Question-answer pairs computed from the typed sample.</param>
public sealed record PipelineStages<TPlan, TModel>(
    Func<SampleTicket, IReadOnlyList<string>, SeededRandom, ProceduralTopic> Plan,
    Func<TPlan, SeededRandom, TModel> Build,
    Func<TModel, string> Data,
    Func<TModel, SeededRandom, IReadOnlyList<QaPair>> Qa);
