namespace Cosyn.Families.Tables.Writers.Latex;

/// <summary>The procedural <c>table-latex</c> pipeline: shared table stages, typeset with booktabs in a small article.</summary>
public sealed class TableLatexPipeline : TablePipeline
{
    public override string Name => "table-latex";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [TableFigureTypes.Simple, TableFigureTypes.GroupedHeader, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.Wide, TableFigureTypes.LongRows];

    protected override string WriteCode(TableSpec spec, SeededRandom random) => LatexTableWriter.Write(spec, random);
}
