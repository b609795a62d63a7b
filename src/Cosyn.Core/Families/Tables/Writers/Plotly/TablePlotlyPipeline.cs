namespace Cosyn.Families.Tables.Writers.Plotly;

/// <summary>The procedural <c>table-plotly</c> pipeline: shared table stages, drawn as a <c>go.Table</c> figure.</summary>
public sealed class TablePlotlyPipeline : TablePipeline
{
    public override string Name => "table-plotly";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [TableFigureTypes.Simple, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.GroupedHeader, TableFigureTypes.LongRows];

    protected override string WriteCode(TableSpec spec, SeededRandom random) => PlotlyTableWriter.Write(spec, random);
}
