namespace Cosyn.Families.Documents.Builders;

/// <summary>Priced line items (quantity x unit price = amount) and the total lines under them, shared by invoices, receipts, quotes and forms.</summary>
internal static class LineItems
{
    public const string Description = "Description";
    public const string Quantity = "Qty";
    public const string UnitPrice = "Unit price";
    public const string Amount = "Amount";

    private static readonly decimal[] TaxRates = [5m, 6m, 6.25m, 7m, 7.5m, 8m, 8.25m, 8.875m, 10m];

    /// <summary>A table of <paramref name="count"/> distinct items drawn from <paramref name="pool"/>, with sensible quantities.</summary>
    public static DocumentTable Table(DocumentContext c, IReadOnlyList<PricedItem> pool, int count, string heading, string firstColumn = Description)
    {
        var rows = new List<IReadOnlyList<DocumentCell>>();
        foreach (var item in c.Random.Sample(pool, Math.Min(count, pool.Count)))
        {
            var price = c.Price(item);
            var quantity = price > 200 ? c.Random.Next(1, 3) : price > 40 ? c.Random.Next(1, 6) : c.Random.Next(1, 13);
            rows.Add([DocumentCell.Of(item.Name), DocumentCell.Of(quantity), DocumentCell.Of(price), DocumentCell.Of(quantity * price)]);
        }

        return new DocumentTable("items", heading, "items",
            [
                new(firstColumn, DocumentValueKind.Text),
                new(Quantity, DocumentValueKind.Number, 0, Additive: true),
                new(UnitPrice, DocumentValueKind.Money, 2, Comparable: true),
                new(Amount, DocumentValueKind.Money, 2, Additive: true, Comparable: true),
            ],
            rows);
    }

    /// <summary>Subtotal, then optionally a percentage discount, tax at a stated rate, a flat fee, the total, and a payment with what remains.</summary>
    public static List<DocumentTotal> Totals(DocumentContext c, DocumentTable items, bool discount, bool tax, string? fee, string? payment)
    {
        var subtotal = items.Rows.Sum(r => r[3].Number!.Value);
        var totals = new List<DocumentTotal> { new("Subtotal", DocumentTotalRoles.Subtotal, subtotal) };
        var taxable = subtotal;
        if (discount)
        {
            var rate = c.Random.Pick([5m, 10m, 15m, 20m]);
            var off = Round(subtotal * rate / 100);
            totals.Add(new($"Discount ({rate:0.##}%)", DocumentTotalRoles.Discount, off, rate));
            taxable -= off;
        }

        var total = taxable;
        if (tax)
        {
            var rate = c.Random.Pick(TaxRates);
            var amount = Round(taxable * rate / 100);
            totals.Add(new($"Tax ({rate.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}%)", DocumentTotalRoles.Tax, amount, rate));
            total += amount;
        }

        if (fee is not null)
        {
            var amount = c.Random.Next(5, 60) + c.Random.Pick([0m, 0.5m, 0.95m]);
            totals.Add(new(fee, DocumentTotalRoles.Fee, amount));
            total += amount;
        }

        totals.Add(new("Total", DocumentTotalRoles.Total, total));
        if (payment == DocumentTotalRoles.Paid)
        {
            var paid = Math.Floor(total * c.Random.Pick([0.25m, 0.3m, 0.4m, 0.5m]));
            totals.Add(new("Amount paid", DocumentTotalRoles.Paid, paid));
            totals.Add(new("Balance due", DocumentTotalRoles.Balance, total - paid));
        }
        else if (payment == DocumentTotalRoles.Tendered)
        {
            var tendered = (Math.Floor(total / 10) + c.Random.Next(1, 3)) * 10;
            totals.Add(new("Cash", DocumentTotalRoles.Tendered, tendered));
            totals.Add(new("Change", DocumentTotalRoles.Change, tendered - total));
        }

        return totals;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
