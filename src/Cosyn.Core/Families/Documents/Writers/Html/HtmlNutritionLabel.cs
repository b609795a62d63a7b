using Cosyn.Families.Documents.Builders;

using static Cosyn.Families.Shared.Code.HtmlText;

namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>
/// An FDA-format Nutrition Facts panel: heavy rules, big calories, indented sub-nutrients, %DV column, vitamins and
/// minerals below a thick bar, and the footnote; shown on a package-coloured card with the brand and product name.
/// </summary>
internal static class HtmlNutritionLabel
{
    private static readonly string[] Indented = ["Saturated Fat", "Trans Fat", "Dietary Fiber", "Total Sugars", "Added Sugars"];
    private static readonly string[] Vitamins = ["Vitamin D", "Calcium", "Iron", "Potassium"];
    private static readonly string[] Packages = ["#f3e3c3", "#dcefdc", "#fde2e2", "#e0ecf8", "#fff4c2", "#ececec", "#f6dfc8"];

    public static string Write(DocumentSpec spec, SeededRandom random)
    {
        var table = spec.Tables[0];
        var font = random.Pick(["'Liberation Sans', Arial, sans-serif", "'Nimbus Sans', Helvetica, sans-serif", "'FreeSans', Helvetica, sans-serif", "'DejaVu Sans', sans-serif"]);
        var width = random.Next(290, 350);
        var html = new StringBuilder();
        html.Append("<div class=\"package\">\n  <div class=\"brand\">").Append(Escape(spec.Issuer)).Append("</div>\n  <div class=\"product\">").Append(Escape(spec.Field("Product")!.Value)).Append("</div>\n");
        html.Append("<section class=\"label\">\n  <h1>Nutrition Facts</h1>\n");
        html.Append("  <p class=\"servings\">").Append(Escape(spec.Field("Servings per container")!.Value)).Append(" servings per container</p>\n");
        html.Append("  <p class=\"size\"><b>Serving size</b><b>").Append(Escape(spec.Field("Serving size")!.Value)).Append("</b></p>\n");
        html.Append("  <div class=\"bar thick\"></div>\n  <p class=\"per\">Amount per serving</p>\n");
        html.Append("  <p class=\"calories\"><b>Calories</b><b>").Append(Escape(spec.Field("Calories")!.Value)).Append("</b></p>\n");
        html.Append("  <div class=\"bar medium\"></div>\n  <p class=\"dvhead\"><b>% Daily Value*</b></p>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var name = table.RowName(r);
            if (name == "Protein")
            {
                html.Append("  <div class=\"row\"><span><b>Protein</b> ").Append(Amount(table, r)).Append("</span><span></span></div>\n  <div class=\"bar thick\"></div>\n");
                continue;
            }

            var indented = Indented.Contains(name);
            var label = name == "Added Sugars" ? $"Includes {Amount(table, r)} Added Sugars" : null;
            var dv = table.Number(r, NutritionLabelBuilder.DailyValue) is { } p ? $"{DocumentFormat.Whole((int)p)}%" : string.Empty;
            var cls = Vitamins.Contains(name) ? "row vit" : indented ? (name == "Added Sugars" ? "row sub2" : "row sub") : "row";
            html.Append("  <div class=\"").Append(cls).Append("\"><span>");
            html.Append(label is not null ? Escape(label) : indented || Vitamins.Contains(name) ? $"{Escape(name)} {Amount(table, r)}" : $"<b>{Escape(name)}</b> {Amount(table, r)}");
            html.Append("</span><span>").Append(dv.Length > 0 ? $"<b>{dv}</b>" : string.Empty).Append("</span></div>\n");
        }

        html.Append("  <p class=\"note\">* ").Append(Escape(spec.Footer[0][4..])).Append("</p>\n</section>\n</div>\n");
        var css = $$"""
              body { margin: 0; padding: 24px; background: #ffffff; font-family: {{font}}; color: #000; }
              .package { display: inline-block; background: {{random.Pick(Packages)}}; padding: 18px 22px 22px; border-radius: 10px; }
              .brand { font-size: 13px; text-transform: uppercase; letter-spacing: 0.12em; color: #333; }
              .product { font-size: 20px; font-weight: bold; margin: 2px 0 12px; max-width: {{width + 20}}px; }
              .label { width: {{width}}px; background: #fff; border: 1px solid #000; padding: 4px 8px 8px; font-size: 14px; }
              .label h1 { font-size: 36px; font-weight: 900; margin: 0; letter-spacing: -0.5px; border-bottom: 1px solid #000; }
              .label p { margin: 2px 0; }
              .size, .calories, .row { display: flex; justify-content: space-between; }
              .size { font-size: 16px; }
              .calories { font-size: 30px; font-weight: 900; }
              .per { font-size: 12px; font-weight: bold; }
              .dvhead { text-align: right; font-size: 12px; }
              .row { border-top: 1px solid #000; padding: 2px 0; }
              .row.sub { padding-left: 16px; }
              .row.sub2 { padding-left: 32px; }
              .bar.thick { height: 10px; background: #000; margin: 2px 0; }
              .bar.medium { height: 5px; background: #000; margin: 2px 0; }
              .note { font-size: 11px; border-top: 5px solid #000; padding-top: 4px; }

            """;
        return HtmlDocumentWriter.Page(spec, css, html.ToString());
    }

    private static string Amount(DocumentTable table, int row) =>
        Escape(DocumentFormat.Trimmed(table.Number(row, NutritionLabelBuilder.Amount)!.Value, 1) + table.Text(row, NutritionLabelBuilder.Unit));
}
