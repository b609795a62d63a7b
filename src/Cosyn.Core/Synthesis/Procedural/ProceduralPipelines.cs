using Cosyn.Catalog;

namespace Cosyn.Synthesis.Procedural;

/// <summary>The built-in procedural pipelines, one per <see cref="PipelineCatalog"/> entry, in catalog order (the synthesizer looks them up by name, so order carries no meaning here).</summary>
public static class ProceduralPipelines
{
    public static IReadOnlyList<IProceduralPipeline> All { get; } = [.. PipelineCatalog.All.Select(d => d.CreateProcedural())];
}
