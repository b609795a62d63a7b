using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Tables.Writers.Latex;

/// <summary>
/// Writes a complete LaTeX document for a <see cref="TableSpec"/>: <c>booktabs</c> rules, <c>\multicolumn</c> header
/// groups with <c>\cmidrule</c>, <c>\multirow</c> row groups, <c>\cellcolor</c> highlights (xcolor + colortbl), and
/// sometimes <c>siunitx</c> S columns that align numbers on the decimal point.
/// </summary>
public sealed class LatexTableWriter : TableCodeWriter
{
    private static readonly string[][] Fonts =
    [
        [@"\usepackage{lmodern}"],
        [@"\usepackage[scaled=0.95]{helvet}", @"\renewcommand{\familydefault}{\sfdefault}"],
        [@"\usepackage{charter}"],
        [@"\usepackage{mathptmx}"],
    ];

    // Header wrap length, and about how many characters of 11 pt text fit across an A4 portrait page inside 2 cm margins.
    private const int WrapAt = 14;
    private const int PortraitChars = 85;

    protected override string Write(TableSpec spec, TableStyle style, SeededRandom random)
    {
        // S columns carry no cell colours or bold, so they are used only where nothing is highlighted.
        var siunitx = spec.Highlight is null && random.Chance(0.5);
        var headerFill = spec.ColumnGroups.Count == 0 && random.Chance(0.5);
        var stripes = !spec.HasRowGroups && random.Chance(0.4);
        var wide = spec.Columns.Count + (spec.HasRowGroups ? 2 : 1) > 7 || EstimatedWidth(spec) > PortraitChars;
        var doc = new StringBuilder();
        doc.Append(@"\documentclass[11pt]{article}").Append('\n');
        doc.Append(wide ? @"\usepackage[a4paper,landscape,margin=1.5cm]{geometry}" : @"\usepackage[a4paper,margin=2cm]{geometry}").Append('\n');
        doc.Append(@"\usepackage[T1]{fontenc}").Append('\n').Append(@"\usepackage[utf8]{inputenc}").Append('\n').Append(@"\usepackage{textcomp}").Append('\n');
        foreach (var line in random.Pick(Fonts))
        {
            doc.Append(line).Append('\n');
        }

        doc.Append(@"\usepackage{booktabs}").Append('\n').Append(@"\usepackage{multirow}").Append('\n').Append(@"\usepackage[table]{xcolor}").Append('\n');
        doc.Append(@"\usepackage[font=").Append(random.Chance(0.5) ? "large" : "normalsize").Append(",labelfont=bf,skip=8pt]{caption}").Append('\n');
        if (siunitx)
        {
            doc.Append(@"\usepackage{siunitx}").Append('\n');
            doc.Append(style.Thousands ? @"\sisetup{group-separator={,}, group-minimum-digits=4}" : @"\sisetup{group-digits=false}").Append('\n');
        }

        doc.Append(@"\definecolor{headbg}{HTML}{").Append(style.HeaderBackground[1..]).Append("}\n");
        doc.Append(@"\definecolor{headfg}{HTML}{").Append(style.HeaderText[1..]).Append("}\n");
        doc.Append(@"\definecolor{stripe}{HTML}{").Append(style.Stripe[1..]).Append("}\n");
        doc.Append(@"\definecolor{highlight}{HTML}{").Append(style.Highlight[1..]).Append("}\n");
        doc.Append(@"\pagestyle{empty}").Append("\n\n").Append(@"\begin{document}").Append('\n');
        // Not a float: a page holding only a float centres it vertically; the table belongs at the top of the page.
        doc.Append(@"\begin{center}").Append('\n');
        doc.Append(random.Chance(0.6) ? @"\captionof{table}{" : @"\captionof*{table}{").Append(LatexText.Escape(spec.Title)).Append("}\n");
        if (wide || spec.Rows.Count > 10)
        {
            doc.Append(@"\small").Append('\n');
        }

        doc.Append(@"\renewcommand{\arraystretch}{").Append(random.Pick(["1.15", "1.25", "1.35"])).Append("}\n");
        if (stripes)
        {
            doc.Append(@"\rowcolors{2}{white}{stripe}").Append('\n');
        }

        var lead = spec.HasRowGroups ? "ll" : "l";
        doc.Append(@"\begin{tabular}{").Append(lead).Append(string.Concat(spec.Columns.Select((c, i) => siunitx ? Format(spec, i) : "r"))).Append("}\n");
        doc.Append(@"\toprule").Append('\n');
        WriteHeader(doc, spec, headerFill);
        doc.Append(@"\midrule").Append('\n');
        WriteBody(doc, spec, style.Thousands, siunitx);
        WriteTotals(doc, spec, style.Thousands, siunitx);
        doc.Append(@"\bottomrule").Append('\n').Append(@"\end{tabular}").Append('\n');
        var notes = new List<string>();
        if (spec.Caption is not null)
        {
            notes.Add("Values: " + LatexText.Escape(spec.Caption) + ".");
        }

        if (spec.Highlight is { } highlight)
        {
            notes.Add(@"\colorbox{highlight}{\strut\ } Highlighted: " + highlight.Rule + ".");
        }

        if (notes.Count > 0)
        {
            doc.Append("\n\\medskip\n{\\footnotesize\\itshape ").Append(string.Join(" ", notes)).Append("}\n");
        }

        doc.Append(@"\end{center}").Append('\n').Append(@"\end{document}").Append('\n');
        return doc.ToString();
    }

    private static void WriteHeader(StringBuilder doc, TableSpec spec, bool fill)
    {
        var lead = spec.HasRowGroups ? 2 : 1;
        string Head(string text) => fill ? $@"\textcolor{{headfg}}{{\textbf{{{text}}}}}" : $@"\textbf{{{text}}}";
        // A long header is wrapped onto two lines: unwrapped, a table of long headers runs off the page's right edge.
        string Leaf(string header) => Wrap(header) is [var one, var two]
            ? $@"\multicolumn{{1}}{{c}}{{\shortstack{{{Head(LatexText.Escape(one))}\\{Head(LatexText.Escape(two))}}}}}"
            : $@"\multicolumn{{1}}{{c}}{{{Head(LatexText.Escape(header))}}}";
        var labels = (spec.HasRowGroups ? [spec.GroupLabel!] : Array.Empty<string>()).Append(spec.RowLabel).Select(l => Head(LatexText.Escape(l))).ToList();
        if (spec.ColumnGroups.Count == 0)
        {
            doc.Append(fill ? @"\rowcolor{headbg}" : string.Empty);
            doc.Append(string.Join(" & ", labels.Concat(spec.Columns.Select(c => Leaf(c.Header(spec.UnitsInHeaders)))))).Append(@" \\").Append('\n');
            return;
        }

        var first = labels.Select(l => $@"\multirow{{2}}{{*}}{{{l}}}").ToList();
        first.AddRange(spec.ColumnGroups.Select(g => $@"\multicolumn{{{Int(g.Count)}}}{{c}}{{\textbf{{{LatexText.Escape(g.Name)}}}}}"));
        doc.Append(string.Join(" & ", first)).Append(@" \\").Append('\n');
        doc.Append(string.Concat(spec.ColumnGroups.Select(g => $@"\cmidrule(lr){{{Int(lead + g.Start + 1)}-{Int(lead + g.Start + g.Count)}}}"))).Append('\n');
        doc.Append(string.Join(" & ", Enumerable.Repeat(string.Empty, lead).Concat(spec.Columns.Select(c => Leaf(c.Header(spec.UnitsInHeaders)))))).Append(@" \\").Append('\n');
    }

    private static void WriteBody(StringBuilder doc, TableSpec spec, bool thousands, bool siunitx)
    {
        var starts = spec.RowGroups.ToDictionary(g => g.Rows[0], g => g);
        for (var r = 0; r < spec.Rows.Count; r++)
        {
            var row = spec.Rows[r];
            var cells = new List<string>();
            if (spec.HasRowGroups)
            {
                if (starts.TryGetValue(r, out var group))
                {
                    if (r > 0)
                    {
                        doc.Append(@"\midrule").Append('\n');
                    }

                    cells.Add($@"\multirow{{{Int(group.Rows.Count)}}}{{*}}{{\textbf{{{LatexText.Escape(group.Name)}}}}}");
                }
                else
                {
                    cells.Add(string.Empty);
                }
            }

            cells.Add(LatexText.Escape(row.Name));
            cells.AddRange(row.Cells.Select((v, c) => Value(spec, v, c, thousands, siunitx, spec.Highlight?.IsHighlighted(r, c) == true)));
            doc.Append(string.Join(" & ", cells)).Append(@" \\").Append('\n');
        }
    }

    private static void WriteTotals(StringBuilder doc, TableSpec spec, bool thousands, bool siunitx)
    {
        if (spec.Totals is not { } totals)
        {
            return;
        }

        doc.Append(@"\midrule").Append('\n');
        var label = spec.HasRowGroups ? $@"\multicolumn{{2}}{{l}}{{\textbf{{{LatexText.Escape(spec.TotalsLabel)}}}}}" : $@"\textbf{{{LatexText.Escape(spec.TotalsLabel)}}}";
        var cells = totals.Select((t, c) => t is null ? (siunitx ? "{}" : string.Empty)
            : siunitx ? TableFormat.Plain(t.Value, spec.Columns[c].Decimals) : $@"\textbf{{{TableFormat.Cell(t, spec.Columns[c].Decimals, thousands)}}}");
        doc.Append(string.Join(" & ", cells.Prepend(label))).Append(@" \\").Append('\n');
    }

    private static string Value(TableSpec spec, decimal? value, int c, bool thousands, bool siunitx, bool highlighted)
    {
        if (value is not { } v)
        {
            return siunitx ? "{--}" : "--";
        }

        if (siunitx)
        {
            // siunitx formats the raw number itself (grouping included), so the source keeps plain digits.
            return TableFormat.Plain(v, spec.Columns[c].Decimals);
        }

        var text = TableFormat.Cell(v, spec.Columns[c].Decimals, thousands);
        return highlighted ? $@"\cellcolor{{highlight}}\textbf{{{text}}}" : text;
    }

    // An S column sized for the widest value (totals included), e.g. S[table-format=-3.1].
    private static string Format(TableSpec spec, int c)
    {
        var values = spec.Rows.Select(r => r.Cells[c]).Append(spec.Totals?[c]).OfType<decimal>().ToList();
        var integers = values.Max(v => Math.Truncate(Math.Abs(v)).ToString(CultureInfo.InvariantCulture).Length);
        var sign = values.Any(v => v < 0) ? "-" : string.Empty;
        var decimals = spec.Columns[c].Decimals;
        return $"S[table-format={sign}{Int(integers)}{(decimals > 0 ? "." + Int(decimals) : string.Empty)}]";
    }

    /// <summary>A header over 14 characters split before its unit, else at the space nearest its middle; a shorter one (or one word) whole.</summary>
    internal static string[] Wrap(string header)
    {
        var spaces = Enumerable.Range(0, header.Length).Where(i => header[i] == ' ').ToList();
        if (header.Length <= WrapAt || spaces.Count == 0)
        {
            return [header];
        }

        // The unit in parentheses goes to the second line whole ("Cost" over "($ thousands)").
        var unit = header.IndexOf(" (", StringComparison.Ordinal);
        var cut = unit > 0 ? unit : spaces.MinBy(i => Math.Abs(i - (header.Length / 2)));
        return [header[..cut], header[(cut + 1)..]];
    }

    /// <summary>Characters across the table (widest cell or header line per column, plus column gaps), to pick the page's orientation.</summary>
    private static int EstimatedWidth(TableSpec spec)
    {
        var label = spec.Rows.Select(r => r.Name.Length).Append(spec.RowLabel.Length).Max() + (spec.HasRowGroups ? spec.RowGroups.Max(g => g.Name.Length) : 0);
        var columns = spec.Columns.Select((c, i) => Math.Max(
            Wrap(c.Header(spec.UnitsInHeaders)).Max(l => l.Length),
            spec.Rows.Select(r => TableFormat.Cell(r.Cells[i], c.Decimals, thousands: true).Length).DefaultIfEmpty(0).Max()));
        return label + columns.Sum() + (3 * (spec.Columns.Count + 1));
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
