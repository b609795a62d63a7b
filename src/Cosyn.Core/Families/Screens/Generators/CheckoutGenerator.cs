using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Screens.Generators;

/// <summary>A checkout: two to four domain products, a chosen shipping method, tax on the subtotal, and the total they add up to.</summary>
public static class CheckoutGenerator
{
    public static CheckoutScreen Create(ScreenLexicon lexicon, ScreenDomain domain, string app, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(random);
        var items = random.Sample(domain.Products, random.Next(2, 5))
            .Select(p => new CartItem(p.Name, random.Chance(0.6) ? 1 : random.Next(2, 4), Price(p.Low, p.High, random)))
            .ToList();
        var chosen = random.Next(lexicon.Shipping.Count);
        var shipping = lexicon.Shipping.Select((s, i) => new ShippingOption(s.Name, Price(s.Cost.Low, s.Cost.High, random), i == chosen)).ToList();
        var subtotal = items.Sum(i => i.LineTotal);
        var rate = random.Pick(lexicon.TaxRates);
        var tax = QaNumber.Round(subtotal * rate / 100, 2);
        var cost = shipping[chosen].Cost;
        var name = ScreenPeople.Names(lexicon, 1, random)[0];
        var customer = new CheckoutCustomer(
            name,
            ScreenPeople.Email(name, random.Pick(MailDomains)),
            string.Create(CultureInfo.InvariantCulture, $"{random.Next(12, 990)} {random.Pick(lexicon.Streets)}"),
            random.Pick(lexicon.Cities));
        var card = random.Next(1000, 10000).ToString(CultureInfo.InvariantCulture);
        return new CheckoutScreen(ScreenKinds.Checkout, app + " Shop", "$", customer, items, shipping, card, rate, subtotal, cost, tax, subtotal + cost + tax);
    }

    private static readonly string[] MailDomains = ["mail.com", "example.org", "inbox.net", "post.io"];

    /// <summary>A shop price: whole dollars ending .00, .50, .95 or .99.</summary>
    private static decimal Price(decimal low, decimal high, SeededRandom random)
    {
        var whole = Math.Floor(low + ((high - low) * (decimal)random.NextDouble()));
        return whole + random.Pick(Cents);
    }

    private static readonly decimal[] Cents = [0m, 0.5m, 0.95m, 0.99m];
}
