namespace Cosyn.Catalog;

/// <summary>A catalog entry: what a pipeline draws, with which tool, and in which figure types.</summary>
/// <param name="Name">Stable name used on the command line, e.g. <c>chart-matplotlib</c>.</param>
/// <param name="Tool">Renderer tool name, e.g. <c>matplotlib</c> (see <see cref="Rendering.ToolNames"/>).</param>
/// <param name="ImageKind">Broad kind of image: chart, table, document, diagram, ...</param>
/// <param name="FigureTypes">Finer kinds the pipeline can produce.</param>
public sealed record PipelineDescriptor(
    string Name,
    string Tool,
    string ImageKind,
    IReadOnlyList<string> FigureTypes);
