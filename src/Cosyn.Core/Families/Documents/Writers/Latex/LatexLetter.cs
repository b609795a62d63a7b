using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.LatexText;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>A business letter: letterhead, date, recipient, subject and deadline lines, body, the listed amounts with their total, and the signature block.</summary>
internal static class LatexLetter
{
    public static string Write(DocumentSpec spec, LatexDocumentStyle style)
    {
        var tex = new LatexSource();
        LatexDocumentParts.Preamble(tex, style, "11pt", "margin=2.5cm");
        tex.Blank().Line(@"\begin{document}");
        tex.Line($@"{{\Large\bfseries\color{{accent}} {Escape(spec.Issuer)}}}\\");
        tex.Line(@"{\small " + string.Join(@" \textbullet{} ", spec.IssuerLines.Select(Escape)) + "}");
        tex.Line(@"\par{\color{accent}\rule{\textwidth}{1pt}}").Line(@"\bigskip").Blank();
        var deadline = spec.Fields.Skip(3).First();
        tex.Line($@"\hfill {Escape(spec.Field("Date")!.Value)}").Blank();
        tex.Line($@"\textbf{{To:}} {Escape(spec.Field("To")!.Value)}\\");
        tex.Line($@"\textbf{{Subject:}} {Escape(spec.Field("Subject")!.Value)}\\");
        tex.Line($@"\textbf{{{Escape(deadline.Label)}:}} {Escape(deadline.Value)}").Blank();
        tex.Line(@"\medskip");
        foreach (var paragraph in spec.Paragraphs.Take(2))
        {
            tex.Line(Escape(paragraph)).Blank();
        }

        foreach (var table in spec.Tables)
        {
            LatexDocumentParts.Table(tex, table, spec.Currency, style.Booktabs);
        }

        LatexDocumentParts.Totals(tex, spec);
        foreach (var paragraph in spec.Paragraphs.Skip(2))
        {
            tex.Line(Escape(paragraph)).Blank();
        }

        tex.Line(@"\bigskip");
        tex.Line(string.Join(@"\\[2pt]" + "\n", spec.Footer.Select((l, i) => i == 0 ? Escape(l) + @"\\[28pt]" : Escape(l))).Replace(@"\\[28pt]\\[2pt]", @"\\[28pt]", StringComparison.Ordinal));
        tex.Line(@"\end{document}");
        return tex.ToString();
    }
}
