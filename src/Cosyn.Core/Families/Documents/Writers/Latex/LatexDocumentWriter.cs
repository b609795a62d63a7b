using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.LatexText;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>
/// Writes a complete LaTeX document for a document spec. Certificates, letters and resumes have their own layouts;
/// invoices, lab reports, forms and reports share a page with a banner, classic or modern header, a field grid,
/// tabularx tables (booktabs or ruled), total lines and ticked boxes, in varied fonts, colours and paper sizes.
/// </summary>
public sealed class LatexDocumentWriter : ThemedCodeWriter<DocumentSpec, LatexDocumentStyle>
{
    protected override LatexDocumentStyle PickTheme(DocumentSpec spec, SeededRandom random) => LatexDocumentStyle.Pick(random);

    protected override string Write(DocumentSpec spec, LatexDocumentStyle style, SeededRandom random)
    {
        return spec.Kind switch
        {
            DocumentKinds.Certificate => LatexCertificate.Write(spec, style, random),
            DocumentKinds.Letter => LatexLetter.Write(spec, style),
            DocumentKinds.Resume => LatexResume.Write(spec, style, random),
            _ => Page(spec, style),
        };
    }

    private static string Page(DocumentSpec spec, LatexDocumentStyle style)
    {
        var tex = new LatexSource();
        LatexDocumentParts.Preamble(tex, style, "11pt", spec.Tables.Sum(t => t.Rows.Count) > 9 ? "margin=1.6cm" : "margin=2cm");
        tex.Blank().Line(@"\begin{document}");
        Header(tex, spec, style.Header);
        tex.Line(@"\par\medskip");
        // Long values (addresses) get a row each, so no value wraps beside another column.
        LatexDocumentParts.Fields(tex, spec.Fields, spec.Fields.Any(f => f.Value.Length > 28) ? 1 : 2);
        tex.Blank();
        LatexDocumentParts.Choices(tex, spec.Choices);
        foreach (var paragraph in spec.Paragraphs)
        {
            tex.Line(Escape(paragraph)).Blank();
        }

        foreach (var table in spec.Tables)
        {
            LatexDocumentParts.Table(tex, table, spec.Currency, style.Booktabs);
        }

        LatexDocumentParts.Totals(tex, spec);
        LatexDocumentParts.Footer(tex, spec.Footer);
        tex.Line(@"\end{document}");
        return tex.ToString();
    }

    private static void Header(LatexSource tex, DocumentSpec spec, string variant)
    {
        var address = string.Join(@"\\ ", spec.IssuerLines.Select(Escape));
        switch (variant)
        {
            case "banner":
                tex.Line(@"\noindent\colorbox{accent}{\parbox{\dimexpr\textwidth-2\fboxsep\relax}{\vspace{6pt}\color{white}");
                tex.Line($@"  {{\LARGE\bfseries {Escape(spec.Title)}}}\\[2pt]{{\large {Escape(spec.Issuer)}}}\vspace{{6pt}}}}}}");
                if (address.Length > 0)
                {
                    tex.Line(@"\par\smallskip{\small " + address.Replace(@"\\ ", " \\textbullet{} ", StringComparison.Ordinal) + "}");
                }

                break;
            case "classic":
                tex.Line(@"\begin{center}");
                tex.Line($@"  {{\Large\bfseries {Escape(spec.Issuer)}}}\\");
                if (address.Length > 0)
                {
                    tex.Line("  " + address + @"\\");
                }

                tex.Line(@"  \rule{\textwidth}{0.8pt}\\[4pt]");
                tex.Line($@"  {{\huge\scshape\color{{accent}} {Escape(spec.Title)}}}");
                tex.Line(@"\end{center}");
                break;
            default:
                tex.Line(@"\begin{minipage}[b]{0.6\textwidth}\raggedright");
                tex.Line($@"  {{\LARGE\bfseries\color{{accent}} {Escape(spec.Title)}}}");
                tex.Line(@"\end{minipage}\hfill");
                tex.Line(@"\begin{minipage}[b]{0.38\textwidth}\raggedleft");
                tex.Line($@"  \textbf{{{Escape(spec.Issuer)}}}" + (address.Length > 0 ? @"\\ " + address : string.Empty));
                tex.Line(@"\end{minipage}");
                tex.Line(@"\par\vspace{4pt}{\color{accent}\rule{\textwidth}{2pt}}");
                break;
        }
    }
}
