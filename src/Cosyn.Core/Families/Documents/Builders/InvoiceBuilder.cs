namespace Cosyn.Families.Documents.Builders;

/// <summary>An invoice from the persona's kind of business: numbered, dated with payment terms, line items, discount, tax, shipping and a deposit.</summary>
internal static class InvoiceBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var issued = c.Date();
        var terms = c.Random.Pick([14, 15, 30, 45, 60]);
        var pool = c.Domain.Goods.Concat(c.Domain.Services).ToList();
        var items = LineItems.Table(c, pool, c.Random.Next(3, 8), "Items");
        var totals = LineItems.Totals(c, items, c.Random.Chance(0.4), true, c.Random.Chance(0.4) ? "Shipping" : null, c.Random.Chance(0.4) ? DocumentTotalRoles.Paid : null);
        var client = c.Random.Chance(0.5) ? c.Person() : c.Random.Pick(c.Lexicon.Domains.Where(d => d != c.Domain).SelectMany(d => d.Businesses).ToList());
        var fields = new List<DocumentField>
        {
            new("Invoice number", c.Code("INV-", 5)),
            c.DateField("Issue date", issued),
            c.DateField("Due date", issued.AddDays(terms)),
            new("Payment terms", $"Net {terms}"),
            new("Bill to", client),
        };
        return new DocumentSpec(DocumentKinds.Invoice, "Invoice", c.Plan.Issuer, [.. c.Address(), $"billing@{Slug(c.Plan.Issuer)}.com"], fields, [items], totals, [], c.Currency)
        {
            Footer = [$"Payment is due within {terms} days of the issue date.", "Thank you for your business!"],
        };
    }

    public static string Slug(string name) => new([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(16)]);
}
