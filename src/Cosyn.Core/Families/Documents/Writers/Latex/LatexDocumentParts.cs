using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.LatexText;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>LaTeX for the pieces documents share: preamble, field grid, item tables, total lines, ticked choices and text.</summary>
public static class LatexDocumentParts
{
    public static void Preamble(LatexSource tex, LatexDocumentStyle style, string options = "11pt", string? geometry = null)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(style);
        tex.Line($@"\documentclass[{options}]{{article}}");
        tex.Line($@"\usepackage[{style.Paper},{geometry ?? "margin=2cm"}]{{geometry}}");
        tex.Line(@"\usepackage[T1]{fontenc}").Line(@"\usepackage[utf8]{inputenc}").Line(@"\usepackage{textcomp}");
        foreach (var line in style.Font)
        {
            tex.Line(line);
        }

        tex.Line(@"\usepackage{xcolor}").Line(@"\usepackage{tabularx}").Line(@"\usepackage{booktabs}").Line(@"\usepackage{amssymb}").Line(@"\usepackage{array}");
        tex.Line($@"\definecolor{{accent}}{{HTML}}{{{style.Accent}}}");
        tex.Line(@"\pagestyle{empty}").Line(@"\setlength{\parindent}{0pt}").Line(@"\setlength{\parskip}{4pt}");
    }

    /// <summary>Fields two to a row in a full-width grid: bold labels, plain values.</summary>
    public static void Fields(LatexSource tex, IReadOnlyList<DocumentField> fields, int perRow = 2)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            return;
        }

        var spec = string.Concat(Enumerable.Repeat(@">{\bfseries\color{accent}}l >{\raggedright\arraybackslash}X ", perRow)).TrimEnd();
        Env(tex, "tabularx", $@"{{\textwidth}}{{@{{}}{spec}@{{}}}}", t =>
        {
            for (var i = 0; i < fields.Count; i += perRow)
            {
                var cells = fields.Skip(i).Take(perRow).SelectMany(f => new[] { Escape(f.Label) + ":", Escape(f.Value) }).ToList();
                while (cells.Count < perRow * 2)
                {
                    cells.Add(string.Empty);
                }

                t(string.Join(" & ", cells) + @" \\");
            }
        });
    }

    public static void Table(LatexSource tex, DocumentTable table, string currency, bool booktabs, bool heading = true)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(table);
        if (heading)
        {
            tex.Line($@"\subsection*{{\color{{accent}}{Escape(table.Heading)}}}");
        }

        var columns = string.Concat(table.Columns.Select((c, i) => i == table.NameColumn ? "X" : Numeric(c) ? "r" : "l"));
        Env(tex, "tabularx", $@"{{\textwidth}}{{{(booktabs ? columns : "|" + string.Join("|", columns.ToCharArray()) + "|")}}}", t =>
        {
            t(booktabs ? @"\toprule" : @"\hline");
            t(string.Join(" & ", table.Columns.Select(c => $@"\textbf{{{Escape(c.Name)}}}")) + @" \\");
            t(booktabs ? @"\midrule" : @"\hline");
            foreach (var row in table.Rows)
            {
                t(string.Join(" & ", table.Columns.Select((c, i) => Cell(row[i], c, currency))) + @" \\");
            }

            t(booktabs ? @"\bottomrule" : @"\hline");
        });
    }

    public static void Totals(LatexSource tex, DocumentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Totals.Count == 0)
        {
            return;
        }

        tex.Line(@"\par\medskip").Line(@"\hfill");
        Env(tex, "tabular", "{lr}", t =>
        {
            foreach (var line in spec.Totals)
            {
                var amount = Escape(DocumentFormat.Money(line.Role == DocumentTotalRoles.Discount ? -line.Amount : line.Amount, spec.Currency));
                var strong = line.Role is DocumentTotalRoles.Total or DocumentTotalRoles.Balance;
                if (strong)
                {
                    t(@"\midrule");
                }

                t(strong ? $@"\textbf{{{Escape(line.Label)}}} & \textbf{{{amount}}} \\" : $@"{Escape(line.Label)} & {amount} \\");
            }
        });
        tex.Blank();
    }

    public static void Choices(LatexSource tex, IReadOnlyList<DocumentChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var choice in choices)
        {
            var options = choice.Options.Select(o => (o == choice.Selected ? @"$\boxtimes$~" : @"$\square$~") + Escape(o));
            tex.Line($@"\textbf{{\color{{accent}}{Escape(choice.Label)}:}}\quad " + string.Join(@"\qquad ", options)).Blank();
        }
    }

    public static void Footer(LatexSource tex, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count > 0)
        {
            tex.Line(@"\par\bigskip").Line(@"{\small\color{darkgray}" + string.Join(@"\\" + "\n", lines.Select(Escape)) + "}");
        }
    }

    public static string Cell(DocumentCell cell, DocumentColumn column, string currency)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = Escape(DocumentFormat.Cell(cell, column, currency));
        return column.Name == "Flag" && text.Length > 0 ? $@"\textbf{{\color{{red!70!black}}{text}}}" : text;
    }

    /// <summary>An environment with arguments (<c>\begin{tabularx}{\textwidth}{...}</c>), its body lines indented.</summary>
    public static void Env(LatexSource tex, string name, string arguments, Action<Action<string>> body)
    {
        ArgumentNullException.ThrowIfNull(tex);
        ArgumentNullException.ThrowIfNull(body);
        tex.Line($@"\begin{{{name}}}{arguments}");
        body(line => tex.Line("  " + line));
        tex.Line($@"\end{{{name}}}");
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool Numeric(DocumentColumn column) => column.Kind is DocumentValueKind.Money or DocumentValueKind.Number or DocumentValueKind.Percent;
}
