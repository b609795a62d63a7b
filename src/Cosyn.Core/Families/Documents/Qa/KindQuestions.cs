using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Documents.Builders;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Smaller kind-specific questions: recipe scaling, menu orders and sections, volume pricing, form choices, certificate validity, bank balances, lab ranges.</summary>
internal static class KindQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec, SeededRandom random) => spec.Kind switch
    {
        DocumentKinds.RecipeCard => Recipe(spec, random),
        DocumentKinds.Menu => Menu(spec, random),
        DocumentKinds.ProductSheet => Pricing(spec, random),
        DocumentKinds.Form => Choices(spec),
        DocumentKinds.Certificate => Validity(spec),
        DocumentKinds.BankStatement => Ledger(spec),
        DocumentKinds.LabReport => Lab(spec),
        _ => [],
    };

    private static IEnumerable<ChartQuestion> Recipe(DocumentSpec spec, SeededRandom random)
    {
        var table = spec.Tables[0];
        var servings = spec.Field("Servings")!.Number!.Value;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var unit = table.Text(r, RecipeCardBuilder.Unit)!;
            if (unit == "whole")
            {
                continue;
            }

            var quantity = table.Number(r, RecipeCardBuilder.Quantity)!.Value;
            var wanted = random.Pick(new[] { servings * 2, servings * 3, servings + 2, Math.Max(1, servings - 2) }.Where(n => n != servings).ToList());
            var scaled = quantity * wanted / servings;
            yield return Number("calc-scale", $"How many {unit} of {table.RowName(r)} are needed to make {N(wanted)} servings?",
                $"The recipe makes {N(servings)} servings with {N(quantity)} {unit}: {N(quantity)} × {N(wanted)} ÷ {N(servings)} = {N(Math.Round(scaled, 4))} {unit}.", scaled);
        }
    }

    private static IEnumerable<ChartQuestion> Menu(DocumentSpec spec, SeededRandom random)
    {
        var table = spec.Tables[0];
        var rows = Enumerable.Range(0, table.Rows.Count).ToList();
        var pick = random.Sample(rows, 2);
        var (n1, n2) = (random.Next(1, 4), random.Next(1, 3));
        var (p1, p2) = (table.Number(pick[0], MenuBuilder.Price)!.Value, table.Number(pick[1], MenuBuilder.Price)!.Value);
        yield return Number("calc-order", $"How much would {DocumentFormat.Whole(n1)} × {table.RowName(pick[0])} and {DocumentFormat.Whole(n2)} × {table.RowName(pick[1])} cost before tax?",
            $"{DocumentFormat.Whole(n1)} × {N(p1)} + {DocumentFormat.Whole(n2)} × {N(p2)} = {N(n1 * p1)} + {N(n2 * p2)} = {N((n1 * p1) + (n2 * p2))}.", (n1 * p1) + (n2 * p2));
        foreach (var section in rows.Select(r => table.Text(r, MenuBuilder.Section)!).Distinct())
        {
            var members = rows.Where(r => table.Text(r, MenuBuilder.Section) == section).ToList();
            yield return Number("calc-section-count", $"How many items are listed under {section}?",
                $"Under {section}: {string.Join(", ", members.Select(table.RowName))}, so {DocumentFormat.Whole(members.Count)}.", members.Count, 0);
            var cheapest = members.Min(r => table.Number(r, MenuBuilder.Price)!.Value);
            var hits = members.Where(r => table.Number(r, MenuBuilder.Price) == cheapest).ToList();
            if (hits.Count == 1 && members.Count >= 2)
            {
                yield return Short("calc-section-cheapest", $"Which item under {section} is the cheapest?",
                    $"Prices under {section}: {string.Join(", ", members.Select(r => $"{table.RowName(r)} {N(table.Number(r, MenuBuilder.Price)!.Value)}"))}. The lowest is {table.RowName(hits[0])}.",
                    table.RowName(hits[0]), members.Select(table.RowName));
            }
        }
    }

    private static IEnumerable<ChartQuestion> Pricing(DocumentSpec spec, SeededRandom random)
    {
        var table = spec.Table("pricing")!;
        var minimums = Enumerable.Range(0, table.Rows.Count).Select(r => table.Number(r, ProductSheetBuilder.Minimum)!.Value).ToList();
        var tier = random.Next(1, minimums.Count);
        var upper = tier + 1 < minimums.Count ? minimums[tier + 1] - 1 : minimums[tier] * 2;
        var quantity = random.Next((int)minimums[tier], (int)upper + 1);
        var price = table.Number(tier, ProductSheetBuilder.UnitPrice)!.Value;
        yield return Number("calc-tier", $"Using the volume pricing, how much would {DocumentFormat.Whole(quantity)} units cost?",
            $"{DocumentFormat.Whole(quantity)} units fall in the {table.RowName(tier)} tier at {N(price)} each: {DocumentFormat.Whole(quantity)} × {N(price)} = {N(quantity * price)}.", quantity * price);
        var small = random.Chance(0.5) ? random.Next(1, (int)minimums[1]) : quantity;
        var smallTier = minimums.FindLastIndex(m => m <= small);
        var first = table.Number(0, ProductSheetBuilder.UnitPrice)!.Value;
        var smallPrice = table.Number(smallTier, ProductSheetBuilder.UnitPrice)!.Value;
        yield return YesNo("yn-tier", $"Would an order of {DocumentFormat.Whole(small)} units get a lower unit price than a single unit?",
            $"{DocumentFormat.Whole(small)} units fall in the {table.RowName(smallTier)} tier at {N(smallPrice)} each, against {N(first)} for a single unit.", smallPrice < first);
    }

    private static IEnumerable<ChartQuestion> Choices(DocumentSpec spec)
    {
        foreach (var choice in spec.Choices)
        {
            yield return Short("choice", $"Which {FieldQuestions.Lower(choice.Label)} option is ticked on the form?",
                $"Of the {FieldQuestions.Lower(choice.Label)} options ({string.Join(", ", choice.Options)}), only {choice.Selected} is ticked.", choice.Selected, choice.Options);
            foreach (var option in choice.Options)
            {
                yield return YesNo("yn-choice", $"Is the {option} option ticked for {FieldQuestions.Lower(choice.Label)}?",
                    $"The ticked {FieldQuestions.Lower(choice.Label)} option is {choice.Selected}.", option == choice.Selected);
            }
        }
    }

    private static IEnumerable<ChartQuestion> Validity(DocumentSpec spec)
    {
        var from = FieldQuestions.Date(spec.Field("Date of completion")!.Value);
        var until = FieldQuestions.Date(spec.Field("Valid until")!.Value);
        var years = until.Year - from.Year;
        yield return Number("calc-valid-years", "For how many years is the certificate valid after the date of completion?",
            $"From {spec.Field("Date of completion")!.Value} to {spec.Field("Valid until")!.Value} is {DocumentFormat.Whole(until.Year)} - {DocumentFormat.Whole(from.Year)} = {DocumentFormat.Whole(years)} years.", years, 0);
    }

    /// <summary>Bank statement arithmetic: the closing balance rolled forward from the opening balance, deposits counted, the balance after a transaction.</summary>
    private static IEnumerable<ChartQuestion> Ledger(DocumentSpec spec)
    {
        var table = spec.Tables[0];
        var opening = spec.Field("Opening balance")!.Number!.Value;
        var withdrawals = Enumerable.Range(0, table.Rows.Count).Select(r => table.Number(r, BankStatementBuilder.Withdrawals)).OfType<decimal>().ToList();
        var deposits = Enumerable.Range(0, table.Rows.Count).Select(r => table.Number(r, BankStatementBuilder.Deposits)).OfType<decimal>().ToList();
        var closing = opening + deposits.Sum() - withdrawals.Sum();
        yield return Number("calc-closing", "Starting from the opening balance, what is the closing balance after all the transactions?",
            $"Opening {N(opening)} + deposits {N(deposits.Sum())} - withdrawals {N(withdrawals.Sum())} = {N(closing)}.", closing);
        var depositNames = Enumerable.Range(0, table.Rows.Count).Where(r => table.Number(r, BankStatementBuilder.Deposits) is not null).Select(table.RowName).ToList();
        yield return Number("calc-deposit-count", "How many deposits were made during the statement period?",
            $"The deposits are {string.Join(", ", depositNames)}: {DocumentFormat.Whole(depositNames.Count)}.", depositNames.Count, 0);
        var balance = opening;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var change = table.Number(r, BankStatementBuilder.Deposits) ?? -table.Number(r, BankStatementBuilder.Withdrawals)!.Value;
            var before = balance;
            balance += change;
            yield return Number("calc-balance-after", $"What was the balance after the {table.RowName(r)} transaction?",
                $"The balance before it was {N(before)}; {(change >= 0 ? "+" : "-")} {N(Math.Abs(change))} gives {N(balance)}.", balance);
        }
    }

    /// <summary>Lab report reasoning: results against their reference ranges (count outside, within or not, how far above the upper limit).</summary>
    private static IEnumerable<ChartQuestion> Lab(DocumentSpec spec)
    {
        var table = spec.Tables[0];
        var outside = new List<string>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var name = table.RowName(r);
            var value = table.Number(r, LabReportBuilder.Result)!.Value;
            var range = table.Text(r, LabReportBuilder.Range)!;
            var (low, high) = Range(range);
            var within = value >= low && value <= high;
            if (!within)
            {
                outside.Add($"{name} ({N(value)})");
            }

            yield return YesNo("yn-range", $"Is the {name} result within its reference range?",
                $"{name} is {N(value)} against a reference range of {range}, so it is {(within ? "within" : value > high ? "above" : "below")} the range.", within);
            if (value > high)
            {
                yield return Number("calc-above", $"By how much does the {name} result exceed the upper limit of its reference range?",
                    $"{N(value)} - {N(high)} = {N(value - high)}.", value - high, 3);
            }
        }

        yield return Number("calc-outside", "How many results fall outside their reference range?",
            outside.Count == 0 ? "Every result lies within its reference range: 0." : $"Outside their ranges: {string.Join(", ", outside)}; that is {DocumentFormat.Whole(outside.Count)}.", outside.Count, 0);
    }

    private static (decimal Low, decimal High) Range(string text)
    {
        var parts = text.Split('–');
        return (decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
