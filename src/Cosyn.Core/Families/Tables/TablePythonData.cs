using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Tables;

/// <summary>The part of a Python table script every Python tool shares: hard-coded rows of numbers and the cell formatter.</summary>
public static class TablePythonData
{
    /// <summary>Writes <c>rows</c> (<c>(group, name, values)</c> or <c>(name, values)</c>, None where unreported) and <c>fmt</c>.</summary>
    public static void Write(PythonScript py, TableSpec spec, bool thousands)
    {
        ArgumentNullException.ThrowIfNull(py);
        ArgumentNullException.ThrowIfNull(spec);
        py.Line("rows = [");
        foreach (var row in spec.Rows)
        {
            var values = "[" + string.Join(", ", row.Cells.Select((v, i) => v is { } x ? TableFormat.Plain(x, spec.Columns[i].Decimals) : "None")) + "]";
            py.Line(spec.HasRowGroups ? $"    ({Str(row.Group!)}, {Str(row.Name)}, {values})," : $"    ({Str(row.Name)}, {values}),");
        }

        py.Line("]").Blank().Blank();
        var separator = thousands ? "," : string.Empty;
        py.Block("def fmt(value, places):", b => b
            .Line("\"\"\"Cell text: fixed decimals, a dash where nothing was reported.\"\"\"")
            .Line($"return '{TableFormat.Missing}' if value is None else f'{{value:{separator}.{{places}}f}}'"));
        py.Blank().Blank();
    }
}
