using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Arithmetic under the line items, recomputed with the work shown: subtotal, discount, tax at the stated rate, total, balance, change.</summary>
internal static class TotalsQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec, SeededRandom random)
    {
        if (spec.Total(DocumentTotalRoles.Total) is null)
        {
            yield break;
        }

        var table = spec.Tables[0];
        var amountColumn = table.Columns.Last(c => c.Additive && c.Kind == DocumentValueKind.Money).Name;
        var amounts = Enumerable.Range(0, table.Rows.Count).Select(r => table.Number(r, amountColumn)!.Value).ToList();
        var subtotal = amounts.Sum();
        var sumText = $"{string.Join(" + ", amounts.Select(N))} = {N(subtotal)}";
        if (spec.Total(DocumentTotalRoles.Subtotal) is not null)
        {
            yield return Number("calc-subtotal", "What is the subtotal of the line items?", $"Adding the {amountColumn} column: {sumText}.", subtotal);
        }

        var steps = new List<string> { $"subtotal {N(subtotal)}" };
        var running = subtotal;
        var taxable = subtotal;
        foreach (var line in spec.Totals)
        {
            switch (line.Role)
            {
                case DocumentTotalRoles.Discount:
                    var off = QaNumber.Round(subtotal * line.Rate!.Value / 100, 2);
                    yield return Number("calc-discount", $"How much is the {N(line.Rate.Value)}% discount on the subtotal?",
                        $"{N(line.Rate.Value)}% of {N(subtotal)} = {N(subtotal)} × {N(line.Rate.Value / 100)} = {N(subtotal * line.Rate.Value / 100)}, rounded to {N(off)}.", off);
                    running -= off;
                    taxable -= off;
                    steps.Add($"- discount {N(off)}");
                    break;
                case DocumentTotalRoles.Tax:
                    var tax = QaNumber.Round(taxable * line.Rate!.Value / 100, 2);
                    yield return Number("calc-tax", $"How much tax is charged at the stated rate of {N(line.Rate.Value)}%?",
                        $"Tax applies to {N(taxable)}{(taxable != subtotal ? " (the subtotal after the discount)" : " (the subtotal)")}: {N(taxable)} × {N(line.Rate.Value / 100)} = {N(taxable * line.Rate.Value / 100)}, rounded to {N(tax)}.", tax);
                    running += tax;
                    steps.Add($"+ tax {N(tax)}");
                    break;
                case DocumentTotalRoles.Fee:
                    running += line.Amount;
                    steps.Add($"+ {FieldQuestions.Lower(line.Label)} {N(line.Amount)}");
                    break;
            }
        }

        var work = steps.Count == 1 ? $"the amounts add up to {sumText}" : $"{(spec.Total(DocumentTotalRoles.Subtotal) is null ? sumText : N(subtotal))}; {string.Join(" ", steps)} = {N(running)}";
        yield return Number("calc-total", "What is the total amount after all discounts, taxes and charges?", $"Starting from the items: {work}.", running);
        var threshold = QaNumber.Round(running * (random.Chance(0.5) ? 0.9m : 1.1m), 0);
        yield return YesNo("yn-total", $"Is the total more than {Money(spec, threshold)}?", $"The total is {N(running)}, which is {(running > threshold ? "more" : "not more")} than {N(threshold)}.", running > threshold);
        if (spec.Total(DocumentTotalRoles.Paid) is { } paid)
        {
            yield return Number("calc-balance", $"How much remains to be paid after the payment of {Money(spec, paid.Amount)}?",
                $"Total {N(running)} - paid {N(paid.Amount)} = {N(running - paid.Amount)}.", running - paid.Amount);
        }

        if (spec.Total(DocumentTotalRoles.Tendered) is { } cash)
        {
            yield return Number("calc-change", $"How much change should the customer get from {Money(spec, cash.Amount)} in cash?",
                $"Cash {N(cash.Amount)} - total {N(running)} = {N(cash.Amount - running)}.", cash.Amount - running);
        }
    }
}
