using Cosyn.Families.Points.Writers.Html;

namespace Cosyn.Families.Points;

/// <summary>Pointing questions for an invoice document.</summary>
public static class InvoicePointQuestions
{
    public static IReadOnlyList<PointQuestion> For(InvoiceDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var list = new List<PointQuestion>
        {
            new("Point to the total amount due.", [InvoiceMarkup.TotalTarget]),
            new("Point to the invoice number.", [InvoiceMarkup.NumberTarget]),
            new("Point to the invoice date.", [InvoiceMarkup.DateTarget]),
            new("Point to the due date.", [InvoiceMarkup.DueTarget]),
            new("Point to the billing address.", [InvoiceMarkup.BilledToTarget]),
            new("Point to the subtotal.", [InvoiceMarkup.SubtotalTarget]),
            new("Point to the tax amount.", [InvoiceMarkup.TaxTarget]),
        };
        for (var i = 0; i < d.Items.Count; i++)
        {
            list.Add(new($"Point to the {d.Items[i].Name} line.", [InvoiceMarkup.ItemTarget(i)]));
        }

        var quantities = d.Items.Select((item, i) => (item, i)).Where(p => p.item.Quantity > 1).Select(p => InvoiceMarkup.ItemTarget(p.i)).ToList();
        if (quantities.Count > 0)
        {
            list.Add(new("Point to every line with a quantity above 1.", quantities));
        }

        return list;
    }
}
