namespace Cosyn.Families.Mathematics.Problems;

/// <summary>A persona's purchase with a percentage discount and sales tax: discount, sale price, tax and total in exact cents.</summary>
public sealed class DiscountFamily : IMathFamily
{
    public string Kind => "percent-discount";

    public string Subject => MathSubjects.WordProblem;

    public bool HasFigure => false;

    public IReadOnlyList<string> Keywords { get; } = ["percent", "percentage", "discount", "sale", "price", "tax", "shopping"];

    public MathProblem Create(MathContext context, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(random);
        var person = random.Pick(context.Words.People);
        var (item, min, max) = random.Pick(context.Words.Items);
        var count = random.Pick(new long[] { 1, 2, 3, 4 });
        var price = new Rational(random.Next(min, max + 1) * 4, 4) + (random.Chance(0.5) ? new Rational(random.Pick(new long[] { 1, 2, 3 }), 4) : Rational.Zero);
        long percent = random.Pick(new long[] { 10, 15, 20, 25, 30, 40, 50 });
        long tax = random.Pick(new long[] { 0, 4, 5, 8, 10 });
        var p = new ProblemBuilder(Kind, Subject);
        p.Given("price", $"regular price of one {item}", price, "$");
        p.Given("count", $"number of {item}s bought", count);
        p.Given("percent", "discount percentage", percent, "%");
        var subtotal = p.Step("subtotal", "regular cost before the discount", price * count, "$", $"Regular cost: {count} × ${MathFormat.Money(price)} = ${MathFormat.Money(price * count)}.");
        var discountAmount = Cents(subtotal.Coefficient * new Rational(percent, 100));
        var discount = p.Step("discount", "amount of the discount", discountAmount, "$", $"Discount: {percent}% of ${MathFormat.Money(subtotal)} = {MathFormat.Money(subtotal)} × {percent}/100 = ${MathFormat.Money(discountAmount)} (to the cent).");
        var sale = p.Step("sale", "cost after the discount", subtotal.Coefficient - discount.Coefficient, "$", $"Cost after the discount: ${MathFormat.Money(subtotal)} - ${MathFormat.Money(discount)} = ${MathFormat.Money(subtotal.Coefficient - discount.Coefficient)}.");
        var answer = "sale";
        var taxText = string.Empty;
        if (tax > 0)
        {
            p.Given("tax", "sales tax rate", tax, "%");
            var taxAmount = Cents(sale.Coefficient * new Rational(tax, 100));
            p.Step("taxAmount", "sales tax amount", taxAmount, "$", $"Sales tax: {tax}% of ${MathFormat.Money(sale)} = ${MathFormat.Money(taxAmount)} (rounded to the cent).");
            p.Step("total", "total cost including tax", sale.Coefficient + taxAmount, "$", $"Total: ${MathFormat.Money(sale)} + ${MathFormat.Money(taxAmount)} = ${MathFormat.Money(sale.Coefficient + taxAmount)}.");
            answer = "total";
            taxText = $" A sales tax of {tax}\\% is added to the discounted cost.";
        }

        var plural = count == 1 ? $"one {item}" : $"{count} {item}s";
        var statement = $"{person} buys {plural}, each regularly priced at \\${MathFormat.Money(price)}. The store takes {percent}\\% off the whole purchase.{taxText} " +
            (tax > 0 ? "How much does " + person + " pay in total?" : "How much does " + person + " pay after the discount?");
        return p.Build($"{person}'s discounted {item}", statement, [answer]);
    }

    // Money is settled in whole cents, half a cent rounding away from zero, as a till does.
    private static Rational Cents(Rational amount) => new((long)(amount.ToDecimal(2) * 100), 100);
}
