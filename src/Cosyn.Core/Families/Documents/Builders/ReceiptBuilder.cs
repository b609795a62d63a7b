namespace Cosyn.Families.Documents.Builders;

/// <summary>A till receipt: store, date and time, items, optional coupon, sales tax, and cash with change or a card payment.</summary>
internal static class ReceiptBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var pool = c.Domain.Goods.Where(g => g.High <= 300).Concat(c.Domain.Services.Where(s => s.High <= 300)).ToList();
        var items = LineItems.Table(c, pool.Count >= 3 ? pool : c.Domain.Goods, c.Random.Next(3, 8), "Items", "Item");
        var cash = c.Random.Chance(0.45);
        var totals = LineItems.Totals(c, items, c.Random.Chance(0.3), true, null, cash ? DocumentTotalRoles.Tendered : null);
        var fields = new List<DocumentField>
        {
            c.DateField("Date", c.Date()),
            DocumentContext.TimeField("Time", c.Random.Next(8 * 60, 21 * 60)),
            new("Receipt number", c.Code("R", 6)),
            new("Payment method", cash ? "Cash" : c.Random.Pick(c.Lexicon.PaymentMethods.Where(p => p != "Cash").ToList())),
        };
        return new DocumentSpec(DocumentKinds.Receipt, "Sales Receipt", c.Plan.Issuer, c.Address(), fields, [items], totals, [], c.Currency)
        {
            Footer = ["Thank you for shopping with us!", "Returns accepted within 30 days with receipt."],
        };
    }
}
