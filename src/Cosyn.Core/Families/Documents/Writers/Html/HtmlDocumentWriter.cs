using static Cosyn.Families.Shared.Code.HtmlText;

namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>
/// Writes a complete HTML page for a document. Nutrition labels and boarding passes have their own layouts; receipts
/// print narrow like till paper; the other kinds use a page with a banner, letterhead or sidebar layout, in varied
/// palettes and fonts Debian ships. The markup is well-formed XML so tests parse it strictly.
/// </summary>
public sealed class HtmlDocumentWriter : ThemedCodeWriter<DocumentSpec, HtmlDocumentStyle>
{
    protected override HtmlDocumentStyle PickTheme(DocumentSpec spec, SeededRandom random) => HtmlDocumentStyle.Pick(random);

    protected override string Write(DocumentSpec spec, HtmlDocumentStyle style, SeededRandom random)
    {
        return spec.Kind switch
        {
            DocumentKinds.NutritionLabel => HtmlNutritionLabel.Write(spec, random),
            DocumentKinds.BoardingPass => HtmlBoardingPass.Write(spec, style, random),
            DocumentKinds.Receipt => Page(spec, ReceiptCss(random), Body(spec, "receipt")),
            _ => Page(spec, PageCss(style) + LayoutCss(style), Body(spec, style.Layout)),
        };
    }

    /// <summary>The full page around a body and its style sheet.</summary>
    public static string Page(DocumentSpec spec, string css, string body)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>{Escape(spec.Title)}</title>\n<style>\n{css}</style>\n</head>\n<body>\n{body}</body>\n</html>\n";
    }

    private static string Body(DocumentSpec spec, string layout)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"doc ").Append(layout).Append("\">\n<header>\n  <div class=\"issuer\"><strong>").Append(Escape(spec.Issuer)).Append("</strong>");
        foreach (var line in spec.IssuerLines)
        {
            html.Append("<br />").Append(Escape(line));
        }

        html.Append("</div>\n  <h1>").Append(Escape(spec.Title)).Append("</h1>\n</header>\n");
        if (layout == "sidebar")
        {
            html.Append("<div class=\"columns\">\n<aside>\n");
            HtmlDocumentParts.Fields(html, spec.Fields);
            html.Append("</aside>\n<main>\n");
        }
        else
        {
            HtmlDocumentParts.Fields(html, spec.Fields);
        }

        HtmlDocumentParts.Choices(html, spec.Choices);
        var steps = spec.Kind == DocumentKinds.RecipeCard;
        if (!steps)
        {
            HtmlDocumentParts.Paragraphs(html, spec.Paragraphs, false);
        }

        foreach (var table in spec.Tables)
        {
            HtmlDocumentParts.Table(html, table, spec.Currency, spec.Kind != DocumentKinds.Receipt);
        }

        HtmlDocumentParts.Totals(html, spec);
        if (steps)
        {
            html.Append("<h2>Method</h2>\n");
            HtmlDocumentParts.Paragraphs(html, spec.Paragraphs, true);
        }

        if (layout == "sidebar")
        {
            html.Append("</main>\n</div>\n");
        }

        HtmlDocumentParts.Footer(html, spec.Footer);
        html.Append("</div>\n");
        return html.ToString();
    }

    private static string PageCss(HtmlDocumentStyle s) => $$"""
          body { margin: 0; padding: 24px; background: #ffffff; color: #222; font-family: {{s.Font}}; font-size: {{s.Size}}px; }
          .doc { width: {{s.Width}}px; }
          h1 { margin: 0; font-size: 1.8em; }
          h2 { font-size: 1.1em; margin: 18px 0 6px; color: {{s.Accent}}; }
          dl.fields { display: grid; grid-template-columns: repeat(2, 1fr); gap: 6px 24px; margin: 16px 0; }
          dl.fields dt { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: #666; }
          dl.fields dd { margin: 0; font-weight: 600; }
          table.items { width: 100%; border-collapse: collapse; }
          table.items th, table.items td { padding: 6px 8px; text-align: left; border-bottom: 1px solid #ddd; }
          table.items thead th { background: {{s.Tint}}; color: {{s.Accent}}; }
          table.items tr.section th { background: #fafafa; font-style: italic; }
          .num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
          .nowrap { white-space: nowrap; }
          table.totals { margin: 12px 0 0 auto; border-collapse: collapse; min-width: 280px; }
          table.totals th { text-align: left; font-weight: normal; padding: 4px 12px; }
          table.totals td { padding: 4px 8px; }
          table.totals tr.grand th, table.totals tr.grand td { font-weight: bold; border-top: 2px solid {{s.Accent}}; }
          fieldset.choice { border: 1px solid #ccc; border-radius: 6px; margin: 12px 0; }
          fieldset.choice label { margin-right: 18px; }
          .mark { font-size: 1.2em; color: {{s.Accent}}; }
          ol.steps li { margin-bottom: 4px; }
          footer { margin-top: 20px; font-size: 0.85em; color: #555; border-top: 1px solid #ddd; }

        """;

    private static string LayoutCss(HtmlDocumentStyle s) => s.Layout switch
    {
        "banner" => $$"""
              header { background: {{s.Accent}}; color: #fff; padding: 16px 20px; display: flex; justify-content: space-between; align-items: center; border-radius: 6px; }
              header .issuer { font-size: 0.9em; }

            """,
        "letterhead" => $$"""
              header { border-bottom: 3px double {{s.Accent}}; padding-bottom: 10px; }
              header .issuer { text-align: right; font-size: 0.9em; }
              header h1 { color: {{s.Accent}}; margin-top: 8px; }

            """,
        _ => $$"""
              header { display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 12px; }
              header h1 { color: {{s.Accent}}; }
              .columns { display: flex; gap: 22px; }
              .doc { width: {{SidebarWidth(s)}}px; }
              aside { flex: 0 0 220px; background: {{s.Tint}}; padding: 4px 14px; border-radius: 6px; }
              aside dl.fields { grid-template-columns: 1fr; }
              main { flex: 1; }

            """,
    };

    /// <summary>
    /// The sidebar layout is 140 px wider for its aside, but no wider than the 1000 px viewport less the body's 24 px
    /// padding each side: an 860 px document became 1048 px and its title and table ran off the image's right edge.
    /// </summary>
    private static int SidebarWidth(HtmlDocumentStyle s) => Math.Min(s.Width + 140, 940);

    private static string ReceiptCss(SeededRandom random)
    {
        var font = random.Pick(["'DejaVu Sans Mono', monospace", "'Liberation Mono', monospace", "'FreeMono', monospace", "'Nimbus Mono PS', monospace"]);
        return $$"""
              body { margin: 0; padding: 20px; background: #ffffff; color: #111; font-family: {{font}}; font-size: {{random.Next(13, 16)}}px; }
              .doc { width: {{random.Next(380, 460)}}px; padding: 16px; border: 1px dashed #999; }
              header { text-align: center; border-bottom: 1px dashed #555; padding-bottom: 8px; }
              h1 { font-size: 1.1em; margin: 6px 0 0; letter-spacing: 0.1em; text-transform: uppercase; }
              dl.fields { margin: 8px 0; }
              dl.fields div { display: flex; justify-content: space-between; }
              dl.fields dd { margin: 0; }
              table.items { width: 100%; border-collapse: collapse; border-top: 1px dashed #555; border-bottom: 1px dashed #555; }
              table.items th, table.items td { padding: 3px 2px; text-align: left; font-weight: normal; }
              .num { text-align: right !important; }
              table.totals { width: 100%; margin-top: 6px; }
              table.totals th { text-align: left; font-weight: normal; }
              table.totals td { text-align: right; }
              table.totals tr.grand th, table.totals tr.grand td { font-weight: bold; font-size: 1.15em; }
              footer { text-align: center; margin-top: 10px; font-size: 0.9em; border-top: 1px dashed #555; }

            """;
    }
}
