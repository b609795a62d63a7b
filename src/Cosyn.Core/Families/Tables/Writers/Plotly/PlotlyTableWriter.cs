using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Tables.Writers.Plotly;

/// <summary>
/// Writes a plotly script that draws a <see cref="TableSpec"/> as <c>go.Table</c>: column-major cell lists built from
/// hard-coded rows, a two-line header for column groups, per-cell fills for stripes, totals and highlights.
/// </summary>
public sealed class PlotlyTableWriter : TableCodeWriter
{
    private static readonly string[] Fonts = ["DejaVu Sans", "Liberation Sans", "DejaVu Serif", "Liberation Serif"];

    protected override string Write(TableSpec spec, TableStyle style, SeededRandom random)
    {
        var fontSize = random.Next(12, 15);
        var grouped = spec.HasRowGroups;
        var py = new PythonScript();
        py.Line("import textwrap").Blank().Line("import plotly.graph_objects as go").Blank();
        py.Line($"title = {Str(spec.Title)}");
        var labels = (grouped ? [spec.GroupLabel!] : Array.Empty<string>()).Append(spec.RowLabel).ToList();
        py.Line($"labels = {StrList(labels)}");
        py.Line($"columns = {StrList(spec.Columns.Select(c => c.Header(spec.UnitsInHeaders)))}");
        if (spec.ColumnGroups.Count > 0)
        {
            // Each group name heads the first of its columns; plotly has no colspan, so the others stay blank.
            var groupRow = spec.Columns.Select((_, i) => spec.ColumnGroups.FirstOrDefault(g => g.Start == i)?.Name ?? string.Empty);
            py.Line($"column_groups = {StrList(groupRow)}");
        }

        py.Line($"decimals = {"[" + string.Join(", ", spec.Columns.Select(c => c.Decimals.ToString(CultureInfo.InvariantCulture))) + "]"}");
        TablePythonData.Write(py, spec, style.Thousands);
        WriteCells(py, spec, grouped);
        WriteFills(py, spec, style, random.Chance(0.6));
        WriteFigure(py, spec, style, fontSize, random.Pick(Fonts));
        return py.ToString();
    }

    private static void WriteCells(PythonScript py, TableSpec spec, bool grouped)
    {
        py.Line("values = [[row[-1][c] for row in rows] for c in range(len(decimals))]");
        py.Line("names = [row[-2] for row in rows]");
        py.Line("cells = [names] + [[fmt(v, d) for v in column] for column, d in zip(values, decimals)]");
        if (grouped)
        {
            py.Line("# Name each group on its first row only, so the column reads like merged cells.");
            py.Line("groups = [row[0] if i == 0 or row[0] != rows[i - 1][0] else '' for i, row in enumerate(rows)]");
            py.Line("cells.insert(0, groups)");
        }

        if (spec.Totals is not null)
        {
            py.Blank().Line("# A totals row for the columns that add up; unreported cells count as nothing.");
            py.Line($"additive = [{string.Join(", ", spec.Columns.Select(c => c.Additive ? "True" : "False"))}]");
            py.Line($"totals = [{Str(spec.TotalsLabel)}]{(grouped ? " + ['']" : string.Empty)} + [fmt(sum(v for v in column if v is not None), d) if add else '' for column, d, add in zip(values, decimals, additive)]");
            py.Line("cells = [column + [total] for column, total in zip(cells, totals)]");
        }
    }

    private static void WriteFills(PythonScript py, TableSpec spec, TableStyle style, bool striped)
    {
        py.Blank();
        var body = striped ? $"[{Str(style.Stripe)} if i % 2 else 'white' for i in range(len(rows))]" : "['white'] * len(rows)";
        py.Line($"row_fill = {body}{(spec.Totals is null ? string.Empty : $" + [{Str(style.GroupBackground)}]")}");
        py.Line("fill = [list(row_fill) for _ in cells]");
        if (spec.Highlight is { } highlight)
        {
            py.Line($"# Highlight the {(highlight.Highest ? "highest" : "lowest")} value in each column.");
            py.Line("first_value_col = len(labels)");
            py.Block("for c, column in enumerate(values):", b => b
                .Line($"best = {(highlight.Highest ? "max" : "min")}((v, r) for r, v in enumerate(column) if v is not None)[1]")
                .Line($"fill[first_value_col + c][best] = {Str(style.Highlight)}"));
        }
    }

    private static void WriteFigure(PythonScript py, TableSpec spec, TableStyle style, int fontSize, string font)
    {
        var lead = spec.HasRowGroups ? 2 : 1;
        var rows = spec.Rows.Count + (spec.Totals is null ? 0 : 1);
        var headerRows = spec.ColumnGroups.Count > 0 ? 2 : 1;
        var width = Math.Clamp(220 + (lead * 90) + (spec.Columns.Count * 105), 640, 1400);
        var height = 150 + (headerRows * 36) + (rows * 30) + (spec.Caption is null && spec.Highlight is null ? 0 : 30);
        var header = spec.ColumnGroups.Count > 0
            ? "[[f'<b>{label}</b>', ''] for label in labels] + [[f'<b>{group}</b>', name] for group, name in zip(column_groups, columns)]"
            : "[f'<b>{label}</b>' for label in labels + columns]";
        py.Blank();
        py.Line("fig = go.Figure(data=[go.Table(");
        py.Line($"    columnwidth=[{string.Join(", ", Enumerable.Repeat("1.6", lead).Concat(spec.Columns.Select(_ => "1")))}],");
        py.Line("    header=dict(");
        py.Line($"        values={header},");
        py.Line($"        fill_color={Str(style.HeaderBackground)},");
        py.Line($"        font=dict(color={Str(style.HeaderText)}, size={fontSize}),");
        py.Line($"        line_color={Str(style.Border)},");
        py.Line("        align='center',");
        py.Line("        height=34,");
        py.Line("    ),");
        py.Line("    cells=dict(");
        py.Line("        values=cells,");
        py.Line("        fill_color=fill,");
        py.Line($"        font=dict(color='#222222', size={fontSize - 1}),");
        py.Line($"        line_color={Str(style.Border)},");
        py.Line($"        align=['left'] * {lead} + ['right'] * len(columns),");
        py.Line("        height=30,");
        py.Line("    ),");
        py.Line(")])").Blank();
        var notes = new List<string>();
        if (spec.Caption is not null)
        {
            notes.Add(spec.Caption);
        }

        if (spec.Highlight is { } highlight)
        {
            notes.Add("Highlighted: " + highlight.Rule);
        }

        py.Line("fig.update_layout(");
        var wrap = (int)(width * 0.9 / ((fontSize + 6) * 0.6));
        py.Line($"    title=dict(text='<b>' + '<br>'.join(textwrap.wrap(title, {wrap})) + '</b>', x=0.5, font=dict(size={fontSize + 6})),");
        py.Line($"    font=dict(family={Str(font)}),");
        py.Line($"    width={width}, height={height},");
        py.Line($"    margin=dict(l=30, r=30, t=80, b={(notes.Count > 0 ? 50 : 20)}),");
        py.Line(")");
        if (notes.Count > 0)
        {
            py.Line($"fig.add_annotation(text={Str(string.Join("  ·  ", notes))}, x=0.5, y=-0.02, xref='paper', yref='paper', yanchor='top', showarrow=False, font=dict(size={fontSize - 2}, color='#555555'))");
        }

        py.Blank().Line("fig.show()");
    }
}
