using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>A checkout: the form (contact, address, shipping method radios, card) beside the order summary with its totals.</summary>
public static class CheckoutMarkup
{
    public const string EmailTarget = "field-email";
    public const string NameTarget = "field-name";
    public const string AddressTarget = "field-address";
    public const string CardTarget = "field-card";
    public const string PlaceOrderTarget = "place-order";
    public const string TotalTarget = "total";
    public const string SubtotalTarget = "subtotal";
    public const string TaxTarget = "tax";

    public static string ItemTarget(int item) => $"item-{item}";

    public static string ShippingTarget(int option) => $"shipping-{option}";

    public static string Write(CheckoutScreen c, ScreenTheme theme, ScreenMarks marks, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(random);
        var body = new StringBuilder();
        body.Append("    <h1>Checkout</h1>\n    <p class=\"sub\">Cart › <b>Details</b> › Confirmation</p>\n    <div class=\"columns").Append(random.Chance(0.3) ? " reversed" : string.Empty).Append("\">\n");
        body.Append("    <form class=\"card form\">\n      <h2>Contact</h2>\n");
        Field(body, "Full name", c.Customer.Name, marks.On(NameTarget));
        Field(body, "Email", c.Customer.Email, marks.On(EmailTarget));
        body.Append("      <h2>Shipping address</h2>\n");
        Field(body, "Street address", c.Customer.Address, marks.On(AddressTarget));
        Field(body, "City, state, ZIP", c.Customer.City, string.Empty);
        body.Append("      <h2>Shipping method</h2>\n");
        for (var i = 0; i < c.ShippingOptions.Count; i++)
        {
            var option = c.ShippingOptions[i];
            body.Append("      <div class=\"radio").Append(option.Selected ? " checked" : string.Empty).Append('"').Append(marks.On(ShippingTarget(i))).Append("><span class=\"dot\"></span><span class=\"label\">")
                .Append(HtmlText.Escape(option.Name)).Append("</span><span>").Append(ScreenFormat.Money(c.Currency, option.Cost)).Append("</span></div>\n");
        }

        body.Append("      <h2>Payment</h2>\n");
        Field(body, "Card number", "•••• •••• •••• " + c.CardLast4, marks.On(CardTarget));
        body.Append("    </form>\n    <aside class=\"card summary\">\n      <h2>Order summary</h2>\n");
        for (var i = 0; i < c.Items.Count; i++)
        {
            var item = c.Items[i];
            body.Append("      <div class=\"line\"").Append(marks.On(ItemTarget(i))).Append("><div><div>").Append(HtmlText.Escape(item.Name)).Append("</div><div class=\"muted small\">")
                .Append(item.Quantity.ToString(CultureInfo.InvariantCulture)).Append(" × ").Append(ScreenFormat.Money(c.Currency, item.UnitPrice))
                .Append("</div></div><div>").Append(ScreenFormat.Money(c.Currency, item.LineTotal)).Append("</div></div>\n");
        }

        Sum(body, "Subtotal", ScreenFormat.Money(c.Currency, c.Subtotal), marks.On(SubtotalTarget), "sum first");
        Sum(body, "Shipping", ScreenFormat.Money(c.Currency, c.Shipping), string.Empty, "sum");
        Sum(body, $"Tax ({c.TaxRate.ToString("0.##", CultureInfo.InvariantCulture)}%)", ScreenFormat.Money(c.Currency, c.Tax), marks.On(TaxTarget), "sum");
        Sum(body, "Total", ScreenFormat.Money(c.Currency, c.Total), marks.On(TotalTarget), "sum total");
        body.Append("      <button class=\"btn primary wide\"").Append(marks.On(PlaceOrderTarget)).Append(">Place order</button>\n    </aside>\n    </div>\n");
        return ScreenPage.Write(theme, c.App + " · Checkout", c.App, Nav, "Cart", Css, body.ToString());
    }

    private static void Field(StringBuilder body, string label, string value, string mark) =>
        body.Append("      <div class=\"field\"><label>").Append(HtmlText.Escape(label)).Append("</label><div class=\"input\"").Append(mark).Append('>')
            .Append(HtmlText.Escape(value)).Append("</div></div>\n");

    private static void Sum(StringBuilder body, string label, string value, string mark, string classes) =>
        body.Append("      <div class=\"").Append(classes).Append("\"><span>").Append(HtmlText.Escape(label)).Append("</span><span").Append(mark).Append('>').Append(value).Append("</span></div>\n");

    private static readonly string[] Nav = ["Shop", "Deals", "Orders", "Cart"];

    private const string Css = """
        .columns { display: flex; gap: 18px; align-items: flex-start; }
        .columns.reversed { flex-direction: row-reverse; }
        .form { flex: 1.2; display: flex; flex-direction: column; gap: 10px; }
        .summary { flex: 1; }
        h2 { font-size: 1.05em; margin: 6px 0 2px; }
        .radio { display: flex; align-items: center; gap: 10px; border: 1px solid var(--border); border-radius: var(--radius); padding: 8px 10px; }
        .radio .label { flex: 1; }
        .radio.checked { border-color: var(--accent); background: var(--soft); }
        .dot { width: 16px; height: 16px; border-radius: 50%; border: 2px solid var(--off); display: inline-block; }
        .radio.checked .dot { border: 5px solid var(--accent); }
        .line { display: flex; justify-content: space-between; gap: 10px; padding: 8px 0; border-bottom: 1px solid var(--border); }
        .small { font-size: 0.85em; }
        .sum { display: flex; justify-content: space-between; padding: 4px 0; }
        .sum.first { margin-top: 8px; }
        .sum.total { font-weight: bold; font-size: 1.2em; border-top: 1px solid var(--border); margin-top: 6px; padding-top: 10px; }
        .btn.wide { width: 100%; margin-top: 14px; padding: 12px; }

        """;
}
