using static Cosyn.Families.Shared.Code.HtmlText;

namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>A boarding pass: airline band, big route codes, a grid of the flight fields, a tear-off stub and a drawn barcode.</summary>
internal static class HtmlBoardingPass
{
    public static string Write(DocumentSpec spec, HtmlDocumentStyle style, SeededRandom random)
    {
        var html = new StringBuilder();
        string F(string label) => Escape(spec.Field(label)!.Value);
        html.Append("<div class=\"pass\">\n<div class=\"main\">\n  <div class=\"band\"><strong>").Append(Escape(spec.Issuer)).Append("</strong><span>").Append(Escape(spec.Title.ToUpperInvariant())).Append("</span></div>\n");
        html.Append("  <div class=\"route\"><div><small>From</small><b>").Append(F("From")).Append("</b></div><div class=\"plane\">✈</div><div><small>To</small><b>").Append(F("To")).Append("</b></div></div>\n");
        HtmlDocumentParts.Fields(html, spec.Fields.Where(f => f.Label is not ("From" or "To")));
        html.Append("</div>\n<div class=\"stub\">\n");
        HtmlDocumentParts.Fields(html, spec.Fields.Where(f => f.Label is "Passenger" or "Flight" or "Seat" or "Gate"), "stub-fields");
        html.Append("  <svg class=\"barcode\" width=\"180\" height=\"44\" viewBox=\"0 0 180 44\">");
        var x = 0;
        while (x < 176)
        {
            var w = random.Next(1, 4);
            html.Append("<rect x=\"").Append(x).Append("\" y=\"0\" width=\"").Append(w).Append("\" height=\"44\" fill=\"#111\" />");
            x += w + random.Next(1, 4);
        }

        html.Append("</svg>\n</div>\n</div>\n");
        HtmlDocumentParts.Footer(html, spec.Footer);
        var css = $$"""
              body { margin: 0; padding: 24px; background: #f4f4f4; font-family: {{style.Font}}; font-size: {{style.Size}}px; color: #222; }
              .pass { display: flex; width: 900px; background: #fff; border-radius: 14px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.15); overflow: hidden; }
              .main { flex: 1; padding: 0 0 16px; }
              .band { background: {{style.Accent}}; color: #fff; padding: 12px 20px; display: flex; justify-content: space-between; font-size: 1.1em; }
              .route { display: flex; align-items: center; gap: 28px; padding: 14px 20px 0; }
              .route small { display: block; color: #777; text-transform: uppercase; font-size: 0.75em; }
              .route b { font-size: 1.5em; }
              .plane { font-size: 1.8em; color: {{style.Accent}}; }
              dl.fields { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px 18px; padding: 8px 20px 0; margin: 0; }
              dl dt { font-size: 0.75em; text-transform: uppercase; color: #777; }
              dl dd { margin: 0; font-weight: bold; }
              .stub { width: 220px; border-left: 2px dashed #bbb; padding: 16px; background: {{style.Tint}}; }
              dl.stub-fields div { margin-bottom: 8px; }
              footer { width: 900px; font-size: 0.85em; color: #555; margin-top: 8px; }

            """;
        return HtmlDocumentWriter.Page(spec, css, html.ToString());
    }
}
