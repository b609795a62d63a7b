using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Points.Writers.Html;

/// <summary>An invoice page: seller header, invoice number and dates, billed-to block, an item table and the totals, in a serif or sans style.</summary>
public static class InvoiceMarkup
{
    public const string NumberTarget = "invoice-number";
    public const string DateTarget = "invoice-date";
    public const string DueTarget = "due-date";
    public const string BilledToTarget = "billed-to";
    public const string SubtotalTarget = "doc-subtotal";
    public const string TaxTarget = "doc-tax";
    public const string TotalTarget = "doc-total";

    public static string ItemTarget(int item) => $"line-{item}";

    private static readonly string[] Fonts = ["'DejaVu Serif', serif", "'Liberation Serif', serif", "'DejaVu Sans', sans-serif", "Lato, sans-serif", "'URW Gothic', sans-serif"];

    private static readonly string[] Inks = ["#1e3a8a", "#14532d", "#7c2d12", "#3b0764", "#111827", "#0f766e"];

    public static string Write(InvoiceDocument d, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        string M(decimal v) => ScreenFormat.Money(d.Currency, v);
        var ink = random.Pick(Inks);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>Invoice ").Append(HtmlText.Escape(d.Number)).Append("</title>\n<style>\n");
        html.Append("  body { margin: 0; background: #e5e7eb; font-family: ").Append(random.Pick(Fonts)).Append("; font-size: ").Append(ScreenFormat.Count(random.Next(14, 17))).Append("px; color: #1f2937; }\n");
        html.Append("  :root { --ink: ").Append(ink).Append("; }\n").Append(Css).Append("</style>\n</head>\n<body>\n<article class=\"page").Append(random.Chance(0.5) ? " banded" : string.Empty).Append("\">\n");
        html.Append("  <header><div class=\"seller\">").Append(HtmlText.Escape(d.Seller)).Append("</div><div class=\"title\">INVOICE</div></header>\n");
        html.Append("  <section class=\"meta\">\n    <div").Append(marks.On(BilledToTarget)).Append("><div class=\"label\">Billed to</div><b>").Append(HtmlText.Escape(d.BilledTo.Name)).Append("</b><br />")
            .Append(HtmlText.Escape(d.BilledTo.Address)).Append("<br />").Append(HtmlText.Escape(d.BilledTo.City)).Append("</div>\n    <table class=\"facts\">\n");
        Fact(html, "Invoice no.", d.Number, marks.On(NumberTarget));
        Fact(html, "Issued", d.Date, marks.On(DateTarget));
        Fact(html, "Due", d.DueDate, marks.On(DueTarget));
        html.Append("    </table>\n  </section>\n  <table class=\"items\">\n    <thead><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr></thead>\n    <tbody>\n");
        for (var i = 0; i < d.Items.Count; i++)
        {
            var item = d.Items[i];
            html.Append("      <tr").Append(marks.On(ItemTarget(i))).Append("><td>").Append(HtmlText.Escape(item.Name)).Append("</td><td>").Append(item.Quantity.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(M(item.UnitPrice)).Append("</td><td>").Append(M(item.LineTotal)).Append("</td></tr>\n");
        }

        html.Append("    </tbody>\n  </table>\n  <table class=\"totals\">\n");
        Fact(html, "Subtotal", M(d.Subtotal), marks.On(SubtotalTarget));
        Fact(html, "Shipping", M(d.Shipping), string.Empty);
        Fact(html, $"Tax ({d.TaxRate.ToString("0.##", CultureInfo.InvariantCulture)}%)", M(d.Tax), marks.On(TaxTarget));
        html.Append("    <tr class=\"due\"><th>Total due</th><td><span").Append(marks.On(TotalTarget)).Append('>').Append(M(d.Total)).Append("</span></td></tr>\n");
        html.Append("  </table>\n  <footer>Thank you for your business. Payment is due within 30 days.</footer>\n</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Fact(StringBuilder html, string label, string value, string mark) =>
        html.Append("    <tr><th>").Append(HtmlText.Escape(label)).Append("</th><td><span").Append(mark).Append('>').Append(HtmlText.Escape(value)).Append("</span></td></tr>\n");

    private const string Css = """
          .page { width: 760px; margin: 24px; padding: 40px 48px; background: #fff; box-shadow: 0 2px 12px rgba(0, 0, 0, 0.15); }
          header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px solid var(--ink); padding-bottom: 12px; }
          .banded header { background: var(--ink); color: #fff; margin: -40px -48px 0; padding: 28px 48px; border: 0; }
          .seller { font-size: 1.5em; font-weight: bold; }
          .title { letter-spacing: 0.2em; font-size: 1.2em; color: var(--ink); }
          .banded .title { color: #fff; }
          .meta { display: flex; justify-content: space-between; margin: 24px 0; line-height: 1.5; }
          .label { color: #6b7280; font-size: 0.85em; text-transform: uppercase; }
          .facts th { text-align: left; color: #6b7280; font-weight: normal; padding-right: 18px; }
          table.items { width: 100%; border-collapse: collapse; }
          .items th { text-align: left; border-bottom: 2px solid var(--ink); padding: 8px 6px; color: var(--ink); }
          .items td { border-bottom: 1px solid #e5e7eb; padding: 8px 6px; }
          .items th:nth-child(n+2), .items td:nth-child(n+2) { text-align: right; }
          .totals { margin: 16px 0 0 auto; border-collapse: collapse; min-width: 280px; }
          .totals th { text-align: left; font-weight: normal; padding: 4px 24px 4px 0; }
          .totals td { text-align: right; }
          .totals .due th, .totals .due td { font-weight: bold; font-size: 1.2em; border-top: 2px solid var(--ink); padding-top: 8px; }
          footer { margin-top: 32px; color: #6b7280; font-size: 0.9em; }

        """;
}
