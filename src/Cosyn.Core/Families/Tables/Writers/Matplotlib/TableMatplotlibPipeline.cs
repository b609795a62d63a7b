namespace Cosyn.Families.Tables.Writers.Matplotlib;

/// <summary>The procedural <c>table-matplotlib</c> pipeline: shared table stages, drawn with <c>ax.table</c>.</summary>
public sealed class TableMatplotlibPipeline : TablePipeline
{
    public override string Name => "table-matplotlib";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [TableFigureTypes.Simple, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.LongRows];

    protected override string WriteCode(TableSpec spec, SeededRandom random) => MatplotlibTableWriter.Write(spec, random);
}
