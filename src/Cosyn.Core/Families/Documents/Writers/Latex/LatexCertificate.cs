using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.LatexText;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>A landscape certificate framed by a TikZ double border: title, recipient, course and hours, then dates, number and signatures.</summary>
internal static class LatexCertificate
{
    public static string Write(DocumentSpec spec, LatexDocumentStyle style, SeededRandom random)
    {
        string F(string label) => Escape(spec.Field(label)!.Value);
        var tex = new LatexSource();
        LatexDocumentParts.Preamble(tex, style, "12pt", "landscape,margin=1.5cm");
        tex.Line(@"\usepackage{tikz}").Blank().Line(@"\begin{document}").Line(@"\centering");
        var border = random.Pick(["double, double distance=3pt, line width=2pt", "line width=5pt, rounded corners=12pt", "line width=1.5pt, dashed"]);
        tex.Line(@"\begin{tikzpicture}");
        tex.Line($@"  \node[draw=accent, {border}, inner sep=28pt, text width=0.82\textwidth, align=center] {{");
        tex.Line($@"    {{\large\scshape {Escape(spec.Issuer)}}}\\[14pt]");
        tex.Line($@"    {{\Huge\bfseries\color{{accent}} {Escape(spec.Title)}}}\\[16pt]");
        tex.Line(@"    {\large This certifies that}\\[8pt]");
        tex.Line($@"    {{\LARGE\itshape {F("Recipient")}}}\\[8pt]");
        tex.Line($@"    {{\large has successfully completed {LatexDocumentParts.Number((int)spec.Field("Training hours")!.Number!.Value)} hours of training in}}\\[6pt]");
        tex.Line($@"    {{\Large\bfseries {F("Course")}}}\\[18pt]");
        tex.Line(@"    \begin{tabular}{ll@{\hspace{2.5em}}ll}");
        tex.Line($@"      \textbf{{Training hours:}} & {F("Training hours")} & \textbf{{Certificate number:}} & {F("Certificate number")} \\");
        tex.Line($@"      \textbf{{Date of completion:}} & {F("Date of completion")} & \textbf{{Valid until:}} & {F("Valid until")} \\");
        tex.Line(@"    \end{tabular}\\[26pt]");
        tex.Line(@"    \begin{tabular}{c@{\hspace{5em}}c}");
        tex.Line(@"      \rule{5cm}{0.4pt} & \rule{5cm}{0.4pt} \\");
        tex.Line($@"      Instructor: {F("Instructor")} & {Escape(spec.Issuer)} \\");
        tex.Line(@"    \end{tabular}");
        tex.Line(@"  };");
        tex.Line(@"\end{tikzpicture}").Line(@"\end{document}");
        return tex.ToString();
    }
}
