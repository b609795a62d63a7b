using Cosyn.Synthesis.Procedural;

namespace Cosyn.Catalog;

/// <summary>
/// Everything the system knows about one pipeline, declared once as a static <c>Definition</c> on the pipeline's class
/// in <c>Families/FAMILY/Writers/TOOL/</c>: the catalog, the procedural pipeline set and <c>cosyn pipelines</c> read it.
/// </summary>
/// <param name="Name">Stable name used on the command line, e.g. <c>chart-matplotlib</c>.</param>
/// <param name="Family">The family whose model, topics, data and QA the pipeline draws from.</param>
/// <param name="Tool">Renderer tool name, e.g. <c>matplotlib</c> (see <see cref="Rendering.ToolNames"/>).</param>
/// <param name="FigureTypes">Finer kinds the pipeline can produce, in the order its topic stage draws from.</param>
/// <param name="SupportsLlm">Whether the LLM synthesizer has prompts for it (checked against <c>pipelines.json</c> by a test).</param>
/// <param name="CreateProcedural">Makes the pipeline's offline, LLM-free implementation.</param>
public sealed record PipelineDefinition(
    string Name,
    PipelineFamily Family,
    string Tool,
    IReadOnlyList<string> FigureTypes,
    bool SupportsLlm,
    Func<IProceduralPipeline> CreateProcedural)
{
    /// <summary>Broad kind of image (chart, table, molecule, ...), the family's.</summary>
    public string ImageKind => Family.ImageKind;
}
