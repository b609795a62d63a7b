using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Tables.Writers.Matplotlib;

/// <summary>
/// Writes a matplotlib script that draws a <see cref="TableSpec"/> with <c>ax.table</c>: values hard-coded as numbers and
/// formatted in the script, a group column that reads like merged cells, a totals row and highlights computed from the data.
/// </summary>
public sealed class MatplotlibTableWriter : TableCodeWriter
{
    private static readonly string[] SansFonts = ["DejaVu Sans", "Liberation Sans"];
    private static readonly string[] SerifFonts = ["DejaVu Serif", "Liberation Serif"];

    protected override string Write(TableSpec spec, TableStyle style, SeededRandom random)
    {
        var fontSize = random.Next(9, 12);
        var striped = random.Chance(0.6);
        var grouped = spec.HasRowGroups;
        var py = new PythonScript();
        py.Line("import textwrap").Blank().Line("import matplotlib.pyplot as plt").Blank();
        py.Line($"plt.rcParams['font.family'] = {Str(random.Pick(style.Sans ? SansFonts : SerifFonts))}").Blank();
        py.Line($"title = {Str(spec.Title)}");
        var header = (grouped ? [spec.GroupLabel!] : Array.Empty<string>()).Append(spec.RowLabel).Concat(spec.Columns.Select(c => c.Header(spec.UnitsInHeaders)));
        py.Line($"header = {StrList(header)}");
        py.Line($"decimals = {IntList(spec.Columns.Select(c => c.Decimals))}");
        TablePythonData.Write(py, spec, style.Thousands);
        WriteCellText(py, grouped);
        if (spec.Totals is not null)
        {
            WriteTotals(py, spec, grouped);
        }

        if (spec.Highlight is { } highlight)
        {
            WriteHighlight(py, highlight.Highest);
        }

        WriteFigure(py, spec, style, fontSize, striped, grouped);
        return py.ToString();
    }

    private static void WriteCellText(PythonScript py, bool grouped)
    {
        py.Line("cell_text = []");
        if (!grouped)
        {
            py.Block("for name, values in rows:", b => b.Line("cell_text.append([name] + [fmt(v, d) for v, d in zip(values, decimals)])"));
            py.Line("first_value_col = 1");
            return;
        }

        py.Line("previous_group = None");
        py.Block("for group, name, values in rows:", b => b
            .Line("# Name each group once, on its first row, so the column reads like a merged cell.")
            .Line("cell_text.append([group if group != previous_group else '', name] + [fmt(v, d) for v, d in zip(values, decimals)])")
            .Line("previous_group = group"));
        py.Line("first_value_col = 2");
    }

    private static void WriteTotals(PythonScript py, TableSpec spec, bool grouped)
    {
        py.Blank();
        py.Line("# Totals of the columns that add up; unreported cells count as nothing.");
        py.Line($"additive = {BoolList(spec.Columns.Select(c => c.Additive))}");
        py.Line("columns = list(zip(*(values for *_, values in rows)))");
        py.Line("totals = [sum(v for v in col if v is not None) if add else None for col, add in zip(columns, additive)]");
        var lead = grouped ? $"[{Str(spec.TotalsLabel)}, '']" : $"[{Str(spec.TotalsLabel)}]";
        py.Line($"cell_text.append({lead} + [fmt(t, d) if t is not None else '' for t, d in zip(totals, decimals)])");
    }

    private static void WriteHighlight(PythonScript py, bool highest)
    {
        var pick = highest ? "max" : "min";
        py.Blank();
        py.Line($"# Mark the {(highest ? "highest" : "lowest")} value in each column.");
        py.Line("marked = set()");
        py.Block("for c in range(len(decimals)):", b => b
            .Line("present = [(values[c], r) for r, (*_, values) in enumerate(rows) if values[c] is not None]")
            .Line($"marked.add(({pick}(present)[1], c))"));
    }

    private static void WriteFigure(PythonScript py, TableSpec spec, TableStyle style, int fontSize, bool striped, bool grouped)
    {
        var wrap = spec.Columns.Count > 6 ? 11 : 14;
        var bodyRows = spec.Rows.Count + (spec.Totals is null ? 0 : 1);
        var chars = Math.Max(spec.RowLabel.Length, spec.Rows.Max(r => r.Name.Length)) + (grouped ? spec.Rows.Max(r => r.Group!.Length) : 0)
            + spec.Columns.Sum(c => Math.Max(7, Math.Min(wrap, c.Header(spec.UnitsInHeaders).Length)));
        var width = Math.Clamp((chars * 0.095 * fontSize / 10) + 0.8, 6.0, 16.0);
        var height = ((bodyRows + 2.2) * 0.34 * fontSize / 10) + 1.3;
        var notes = new List<string>();
        if (spec.Caption is not null)
        {
            notes.Add(spec.Caption);
        }

        if (spec.Highlight is { } highlight)
        {
            notes.Add("Highlighted: " + highlight.Rule);
        }

        py.Blank();
        py.Line($"labels = [textwrap.fill(h, {wrap}) for h in header]");
        py.Line("header_lines = max(label.count('\\n') + 1 for label in labels)");
        py.Line("# Column widths follow the longest text in each column.");
        py.Line("chars = [max(len(line) for text in column for line in str(text).split('\\n')) for column in zip(labels, *cell_text)]");
        py.Line("widths = [n / sum(chars) for n in chars]").Blank();
        py.Line($"fig, ax = plt.subplots(figsize=({Num(width)}, {Num(height)}))");
        py.Line("ax.axis('off')");
        py.Line($"fig.subplots_adjust(left=0.03, right=0.97, top={Num(1 - (0.95 / height))}, bottom={Num(notes.Count > 0 ? 0.55 / height : 0.2 / height)})");
        py.Line("table = ax.table(cellText=cell_text, colLabels=labels, colWidths=widths, cellLoc='center', bbox=[0, 0, 1, 1])");
        py.Line("table.auto_set_font_size(False)");
        py.Line($"table.set_fontsize({fontSize})").Blank();
        py.Block("for (r, c), cell in table.get_celld().items():", b =>
        {
            b.Line($"cell.set_edgecolor({Str(style.Border)})");
            b.Block("if r == 0:", h => h
                .Line($"cell.set_facecolor({Str(style.HeaderBackground)})")
                .Line($"cell.set_text_props(color={Str(style.HeaderText)}, weight='bold')")
                .Line("cell.set_height(cell.get_height() * header_lines)"));
            if (spec.Totals is not null)
            {
                b.Block("elif r == len(cell_text):", t => t
                    .Line($"cell.set_facecolor({Str(style.GroupBackground)})")
                    .Line("cell.set_text_props(weight='bold')"));
            }

            if (spec.Highlight is not null)
            {
                b.Block("elif (r - 1, c - first_value_col) in marked:", h => h
                    .Line($"cell.set_facecolor({Str(style.Highlight)})")
                    .Line("cell.set_text_props(weight='bold')"));
            }

            if (grouped)
            {
                b.Block("elif c == 0:", g => g
                    .Line("# One colour band without inner rules, so each group label reads as spanning its rows.")
                    .Line($"cell.set_facecolor({Str(style.GroupBackground)})")
                    .Line($"cell.set_edgecolor({Str(style.GroupBackground)})")
                    .Line("cell.set_text_props(weight='bold')"));
            }

            if (striped)
            {
                b.Block("elif r % 2 == 0:", s => s.Line($"cell.set_facecolor({Str(style.Stripe)})"));
            }
        });
        py.Blank();
        py.Line($"ax.set_title(textwrap.fill(title, {(int)(width * 72 / ((fontSize + 3) * 0.62))}), fontsize={fontSize + 3}, fontweight='bold', pad=12)");
        if (notes.Count > 0)
        {
            py.Line($"fig.text(0.5, {Num(0.18 / height)}, {Str(string.Join("  ·  ", notes))}, ha='center', fontsize={fontSize - 1}, color='#555555', style='italic')");
        }

        py.Blank();
        py.Line("plt.show()");
    }

    private static string Num(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string IntList(IEnumerable<int> values) => "[" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";

    private static string BoolList(IEnumerable<bool> values) => "[" + string.Join(", ", values.Select(v => v ? "True" : "False")) + "]";
}
