using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.LatexText;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>A one-page resume: name and contact line, ruled section headings, profile, experience (a table or dated entries), education and skills.</summary>
internal static class LatexResume
{
    public static string Write(DocumentSpec spec, LatexDocumentStyle style, SeededRandom random)
    {
        var tex = new LatexSource();
        LatexDocumentParts.Preamble(tex, style, random.Pick(["10pt", "11pt"]), "margin=2cm");
        tex.Line(@"\newcommand{\resumesection}[1]{\par\medskip{\large\bfseries\color{accent}#1}\par\vspace{-4pt}{\color{accent}\rule{\textwidth}{0.6pt}}\par}");
        tex.Blank().Line(@"\begin{document}");
        var centred = random.Chance(0.5);
        tex.Line(centred ? @"\begin{center}" : @"\begin{flushleft}");
        tex.Line($@"  {{\Huge\bfseries {Escape(spec.Title)}}}\\[4pt]");
        tex.Line("  " + string.Join(@" \quad\textbar\quad ", spec.Fields.Select(f => $@"{Escape(f.Label)}: {Escape(f.Value)}")));
        tex.Line(centred ? @"\end{center}" : @"\end{flushleft}");
        tex.Line(@"\resumesection{Profile}").Line(Escape(spec.Paragraphs[0])).Blank();
        var experience = spec.Table("experience")!;
        tex.Line(@"\resumesection{Experience}");
        if (random.Chance(0.5))
        {
            foreach (var row in experience.Rows)
            {
                tex.Line($@"\textbf{{{Escape(row[0].Text!)}}} \hfill {row[2].Number:0}\textendash{{}}{row[3].Number:0}\\");
                tex.Line($@"\textit{{{Escape(row[1].Text!)}}}\par\smallskip");
            }
        }
        else
        {
            LatexDocumentParts.Table(tex, experience, spec.Currency, style.Booktabs, heading: false);
        }

        var education = spec.Table("education")!;
        tex.Line(@"\resumesection{Education}");
        foreach (var row in education.Rows)
        {
            tex.Line($@"\textbf{{{Escape(row[0].Text!)}}}, {Escape(row[1].Text!)} \hfill {row[2].Number:0}\par");
        }

        tex.Line(@"\resumesection{Skills}").Line(Escape(spec.Paragraphs[1]["Skills: ".Length..]));
        tex.Line(@"\end{document}");
        return tex.ToString();
    }
}
