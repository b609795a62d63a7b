namespace Cosyn.Families.Tables.Writers.Html;

/// <summary>The procedural <c>table-html</c> pipeline: shared table stages, written as a styled HTML document.</summary>
public sealed class TableHtmlPipeline : TablePipeline
{
    public override string Name => "table-html";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [TableFigureTypes.Simple, TableFigureTypes.GroupedHeader, TableFigureTypes.Totals, TableFigureTypes.Highlighted, TableFigureTypes.Wide, TableFigureTypes.LongRows];

    protected override string WriteCode(TableSpec spec, SeededRandom random) => HtmlTableWriter.Write(spec, random);
}
