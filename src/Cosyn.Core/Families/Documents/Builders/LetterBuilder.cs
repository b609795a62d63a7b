namespace Cosyn.Families.Documents.Builders;

/// <summary>A business letter: a payment reminder listing open invoices, or a price quotation with line items and a validity date.</summary>
internal static class LetterBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var date = c.Date();
        var recipient = c.Person();
        var sender = c.Person();
        var role = c.Random.Pick(c.Domain.Roles);
        var reminder = c.Plan.Subject == "reminder";
        var deadline = date.AddDays(c.Random.Pick([10, 14, 21, 30]));
        DocumentTable table;
        List<DocumentTotal> totals;
        List<string> body;
        var fields = new List<DocumentField> { c.DateField("Date", date), new("To", recipient) };
        if (reminder)
        {
            var rows = new List<IReadOnlyList<DocumentCell>>();
            foreach (var _ in Enumerable.Range(0, c.Random.Next(2, 5)))
            {
                var issued = date.AddDays(-c.Random.Next(35, 120));
                rows.Add([DocumentCell.Of(c.Code("INV-", 5)), DocumentCell.Of(c.Show(issued)), DocumentCell.Of(c.Price(c.Random.Pick(c.Domain.Goods.Concat(c.Domain.Services).ToList())) * c.Random.Next(1, 4))]);
            }

            table = new DocumentTable("invoices", "Outstanding invoices", "invoices",
                [new("Invoice", DocumentValueKind.Text), new("Invoice date", DocumentValueKind.Date), new("Amount due", DocumentValueKind.Money, 2, Additive: true, Comparable: true)], rows);
            var total = rows.Sum(r => r[2].Number!.Value);
            totals = [new("Total outstanding", DocumentTotalRoles.Total, total)];
            fields.Add(new("Subject", "Payment reminder"));
            fields.Add(c.DateField("Pay by", deadline));
            body =
            [
                $"Dear {recipient},",
                $"Our records show that the invoices below remain unpaid. The total outstanding is {DocumentFormat.Money(total, c.Currency)}.",
                $"Please arrange payment by {c.Show(deadline)}. If you have already paid, kindly disregard this letter.",
            ];
        }
        else
        {
            table = LineItems.Table(c, c.Domain.Goods.Concat(c.Domain.Services).ToList(), c.Random.Next(2, 5), "Quotation");
            totals = LineItems.Totals(c, table, c.Random.Chance(0.4), c.Random.Chance(0.6), null, null);
            fields.Add(new("Subject", "Price quotation"));
            fields.Add(c.DateField("Valid until", deadline));
            body =
            [
                $"Dear {recipient},",
                "Thank you for your enquiry. We are pleased to quote the following items and services:",
                $"This quotation is valid until {c.Show(deadline)}. We look forward to working with you.",
            ];
        }

        return new DocumentSpec(DocumentKinds.Letter, reminder ? "Payment reminder" : "Price quotation", c.Plan.Issuer, c.Address(), fields, [table], totals, body, c.Currency)
        {
            Footer = ["Sincerely,", sender, $"{role}, {c.Plan.Issuer}"],
        };
    }
}
