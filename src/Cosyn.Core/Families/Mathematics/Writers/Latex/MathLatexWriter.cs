using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Mathematics.Writers.Latex;

/// <summary>
/// Typesets a problem as a standalone amsmath document in one of three layouts: a worksheet item with name and date
/// lines, an exam card (tcolorbox with points), or a textbook example box; fonts and accent colours vary by seed.
/// </summary>
public static class MathLatexWriter
{
    private static readonly string[] Layouts = ["worksheet", "exam card", "textbook box"];

    private static readonly string[] Fonts = [@"\usepackage{lmodern}", @"\usepackage{mathpazo}", @"\usepackage{charter}", @"\usepackage[scaled]{helvet}\renewcommand{\familydefault}{\sfdefault}", @"\usepackage{mathptmx}"];

    private static readonly string[] Widths = ["11cm", "12cm", "13.5cm"];

    private static readonly int[] Marks = [4, 5, 6, 8, 10];

    private static readonly string[] Accents = ["1F4E79", "7A1F5C", "2E6B30", "8A4B08", "3B3B98", "A23B2A", "006D77"];

    public static string Write(MathProblem problem, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(random);
        var theme = new MathLatexTheme(random.Pick(Layouts), random.Pick(Fonts), random.Pick(Accents), random.Pick(Widths));
        var number = random.Next(1, 25);
        var tex = new LatexSource();
        tex.Line($"\\documentclass[varwidth={theme.Width},border=14pt]{{standalone}}");
        tex.Line(@"\usepackage[T1]{fontenc}");
        tex.Line(@"\usepackage[utf8]{inputenc}");
        tex.Line(@"\usepackage{amsmath,amssymb}");
        tex.Line(theme.FontPackage);
        tex.Line(@"\usepackage{xcolor}");
        tex.Line(@"\usepackage[most]{tcolorbox}");
        tex.Line($"\\definecolor{{accent}}{{HTML}}{{{theme.Accent}}}");
        tex.Line(@"\setlength{\parindent}{0pt}");
        tex.Blank();
        tex.Line(@"\begin{document}");
        var subject = char.ToUpperInvariant(problem.Subject[0]) + problem.Subject[1..];
        switch (theme.Layout)
        {
            case "worksheet":
                tex.Line($"{{\\large\\bfseries\\color{{accent}} {LatexText.Escape(subject)} Practice}}\\hfill Name: \\rule{{3.2cm}}{{0.4pt}}\\quad Date: \\rule{{2cm}}{{0.4pt}}\\par");
                tex.Line(@"\vspace{4pt}{\color{accent}\rule{\linewidth}{0.8pt}}\par\vspace{8pt}");
                tex.Line($"\\textbf{{{number.ToString(CultureInfo.InvariantCulture)}.}}~{problem.Statement}\\par");
                tex.Line(@"\vspace{10pt}");
                tex.Line(@"\textit{Show all your work.}");
                break;
            case "exam card":
                var points = random.Pick(Marks);
                tex.Environment("tcolorbox", ["colback=white", "colframe=accent", "arc=2mm", $"title={{\\bfseries Question {number.ToString(CultureInfo.InvariantCulture)} \\hfill ({points.ToString(CultureInfo.InvariantCulture)} marks)}}"], body =>
                {
                    body.Line(problem.Statement);
                });
                break;
            default:
                tex.Environment("tcolorbox", ["enhanced", "colback=accent!6", "colframe=accent", "boxrule=0pt", "leftrule=3pt", "sharp corners", $"title={{\\bfseries Example {random.Next(1, 9).ToString(CultureInfo.InvariantCulture)}.{number.ToString(CultureInfo.InvariantCulture)}\\quad {LatexText.Escape(problem.Title)}}}", "coltitle=white", "colbacktitle=accent"], body =>
                {
                    body.Line(problem.Statement);
                });
                break;
        }

        tex.Line(@"\end{document}");
        return tex.ToString();
    }
}
