namespace Cosyn.Families.Tables.Writers;

/// <summary>A table's code writer: every tool draws the same <see cref="TableStyle"/> first, then writes its own code.</summary>
public abstract class TableCodeWriter : ThemedCodeWriter<TableSpec, TableStyle>
{
    protected override TableStyle PickTheme(TableSpec spec, SeededRandom random) => TableStyle.Pick(random);
}
