using Cosyn.Catalog;

namespace Cosyn.Synthesis;

/// <summary>Everything fixed about a sample before any stage runs: its place in the plan, persona and seed.</summary>
/// <param name="Index">Global index in the run's plan.</param>
/// <param name="Id">Stable sample id (also the image file name).</param>
/// <param name="Pipeline">The pipeline that makes it.</param>
/// <param name="Persona">Persona conditioning the topic.</param>
/// <param name="Seed">Per-sample seed derived from the run seed and <paramref name="Index"/>.</param>
/// <param name="Query">The user's targeting query, when the run has one.</param>
/// <param name="FigureType">A figure type fixed by routing (e.g. "nutrition label"); a pipeline that draws it must use it, otherwise it picks its own.</param>
public sealed record SampleTicket(
    long Index,
    string Id,
    PipelineDefinition Pipeline,
    Persona Persona,
    long Seed,
    string? Query = null,
    string? FigureType = null);
