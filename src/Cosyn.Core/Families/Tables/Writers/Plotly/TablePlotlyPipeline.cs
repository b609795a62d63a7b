using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Tables.Writers.Plotly;

/// <summary>The procedural <c>table-plotly</c> pipeline: shared table stages, drawn as a <c>go.Table</c> figure.</summary>
public sealed class TablePlotlyPipeline() : StagedPipeline<TablePlan, TableSpec>(Definition, TableStages.Create(), new PlotlyTableWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("table-plotly", PipelineFamily.Table, ToolNames.Plotly, [TableFigureTypes.Simple, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.GroupedHeader, TableFigureTypes.LongRows], SupportsLlm: true, () => new TablePlotlyPipeline());
}
