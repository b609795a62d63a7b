using Cosyn.Families.Screens.Model;
using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Screens.Qa.ScreenQuestions;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Questions about a checkout: totals with shipping and tax, line items, the selected shipping method, what another method would cost.</summary>
public static class CheckoutQa
{
    public static ScreenQuestionSet Questions(CheckoutScreen c)
    {
        ArgumentNullException.ThrowIfNull(c);
        string M(decimal v) => ScreenFormat.Money(c.Currency, v);
        var asked = new ScreenQuestionCollector();
        var selected = c.ShippingOptions.Single(o => o.Selected);
        var money = new[] { c.Subtotal, c.Total, c.Shipping, c.Tax, c.Subtotal + c.Shipping }.Select(QaNumber.Value).ToList();
        asked.ShortAnswer("total", "What is the order total?",
            $"Subtotal {M(c.Subtotal)} + shipping {M(c.Shipping)} + tax {M(c.Tax)} = {M(c.Total)}, the Total line of the summary.", QaNumber.Value(c.Total), money);
        asked.ShortAnswer("subtotal", "What is the subtotal before shipping and tax?",
            $"The line totals {string.Join(" + ", c.Items.Select(i => M(i.LineTotal)))} add up to the subtotal {M(c.Subtotal)}.", QaNumber.Value(c.Subtotal), money);
        asked.ShortAnswer("tax", "How much tax is charged?", $"The tax line reads {M(c.Tax)}: {c.TaxRate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}% of the subtotal {M(c.Subtotal)}, rounded to the cent.", QaNumber.Value(c.Tax), money);
        asked.ShortAnswer("shipping-cost", "How much does the selected shipping cost?", $"The selected method is {selected.Name} at {M(selected.Cost)}.", QaNumber.Value(c.Shipping),
            c.ShippingOptions.Select(o => QaNumber.Value(o.Cost)));
        asked.ShortAnswer("shipping-method", "Which shipping method is selected?", $"The highlighted radio button with the filled dot is {selected.Name}.", selected.Name, c.ShippingOptions.Select(o => o.Name));
        var quantities = c.Items.Sum(i => i.Quantity);
        asked.ShortAnswer("quantity", "How many items are in the order in total?",
            $"Adding the quantities: {string.Join(" + ", c.Items.Select(i => Count(i.Quantity)))} = {quantities}.", Count(quantities), NearCounts(quantities));
        var names = c.Items.Select(i => i.Name).ToList();
        foreach (var item in c.Items)
        {
            asked.ShortAnswer("unit-price", $"What is the unit price of the {item.Name}?", $"The {item.Name} line reads {item.Quantity} × {M(item.UnitPrice)}.", QaNumber.Value(item.UnitPrice),
                c.Items.Select(o => QaNumber.Value(o.UnitPrice)));
            asked.ShortAnswer("line-total", $"What is the line total for the {item.Name}?", $"{item.Quantity} × {M(item.UnitPrice)} = {M(item.LineTotal)}.", QaNumber.Value(item.LineTotal),
                c.Items.Select(o => QaNumber.Value(o.LineTotal)));
            asked.YesNo($"Is more than one {item.Name} being ordered?", $"The {item.Name} line shows a quantity of {item.Quantity}.", item.Quantity > 1);
        }

        var top = c.Items.MaxBy(i => i.LineTotal)!;
        if (c.Items.Count(i => i.LineTotal == top.LineTotal) == 1)
        {
            asked.ShortAnswer("top-line", "Which item has the highest line total?",
                $"The line totals are {string.Join(", ", c.Items.Select(i => $"{i.Name} {M(i.LineTotal)}"))}; the highest is {top.Name}.", top.Name, names);
        }

        var cheapest = c.ShippingOptions.MinBy(o => o.Cost)!;
        if (!cheapest.Selected)
        {
            var alternative = c.Total - c.Shipping + cheapest.Cost;
            asked.ShortAnswer("what-if", $"What would the total be with {cheapest.Name} shipping instead?",
                $"{M(c.Total)} - {M(c.Shipping)} + {M(cheapest.Cost)} = {M(alternative)}.", QaNumber.Rounded(alternative), [QaNumber.Value(c.Total), .. money]);
        }

        asked.ShortAnswer("card", "What are the last four digits of the card?", $"The card number field shows •••• •••• •••• {c.CardLast4}.", c.CardLast4);
        var threshold = Math.Round(c.Total / 10, MidpointRounding.AwayFromZero) * 10;
        asked.YesNo($"Is the order total more than {M(threshold)}?", $"The total is {M(c.Total)}, which is {(c.Total > threshold ? "more" : "not more")} than {M(threshold)}.", c.Total > threshold);
        asked.Summary("Summarize this checkout screen.",
            $"{c.Customer.Name} is checking out {c.Items.Count} products ({quantities} items) at {c.App}: subtotal {M(c.Subtotal)}, {selected.Name} shipping {M(c.Shipping)}, tax {M(c.Tax)}, total {M(c.Total)}.");
        asked.Unanswerable("What is the customer's phone number?", "The form shows name, email, address and card, but no phone number field.");
        asked.Unanswerable("On which date will the order arrive?", "Only the shipping method's delivery window is shown, not an arrival date.");
        asked.Unanswerable("What is the card's expiry date?", "The card field shows only the masked number with its last four digits.");
        return asked.Close();
    }
}
