using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Tables.Writers.Html;

/// <summary>The procedural <c>table-html</c> pipeline: shared table stages, written as a styled HTML document.</summary>
public sealed class TableHtmlPipeline() : StagedPipeline<TablePlan, TableSpec>(Definition, TableStages.Create(), new HtmlTableWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("table-html", PipelineFamily.Table, ToolNames.Html, TableFigureTypes.All, SupportsLlm: true, () => new TableHtmlPipeline());
}
