using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Tables.Writers.Matplotlib;

/// <summary>The procedural <c>table-matplotlib</c> pipeline: shared table stages, drawn with <c>ax.table</c>.</summary>
public sealed class TableMatplotlibPipeline() : StagedPipeline<TablePlan, TableSpec>(Definition, TableStages.Create(), new MatplotlibTableWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("table-matplotlib", PipelineFamily.Table, ToolNames.Matplotlib, [TableFigureTypes.Simple, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.LongRows], SupportsLlm: true, () => new TableMatplotlibPipeline());
}
