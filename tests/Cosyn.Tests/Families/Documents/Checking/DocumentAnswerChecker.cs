namespace Cosyn.Tests.Families.Documents.Checking;

/// <summary>
/// An independent oracle for document QA: it reads only the <c>data</c> JSON, recognises each question by its wording,
/// recomputes the answer its own way (its own FDA daily values, its own running balance, its own tax arithmetic) and
/// reports any disagreement. It also rejects data whose printed totals, %DV, flags or balances do not add up.
/// </summary>
public static class DocumentAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The document does not provide this information.";

    private static readonly Dictionary<string, decimal> DailyValues = new()
    {
        ["Total Fat"] = 78,
        ["Saturated Fat"] = 20,
        ["Cholesterol"] = 300,
        ["Sodium"] = 2300,
        ["Total Carbohydrate"] = 275,
        ["Dietary Fiber"] = 28,
        ["Added Sugars"] = 50,
        ["Vitamin D"] = 20,
        ["Calcium"] = 1300,
        ["Iron"] = 18,
        ["Potassium"] = 4700,
    };

    private static readonly (Regex Pattern, Func<CheckerDocument, Match, string> Solve)[] Rules =
    [
        (R(@"^What is (?<x>.+) shown on this (?<n>.+)\?$"), (d, m) => d.Fields.ContainsKey(m.Groups["x"].Value) ? throw new InvalidOperationException("asks for a field that is shown") : NotAnswerable),
        (R(@"^How many days are there from the (?<a>.+) to the (?<b>.+)\?$"), (d, m) => Days(d, m).ToString(CultureInfo.InvariantCulture)),
        (R(@"^Are there more than (?<k>\d+) days from the (?<a>.+) to the (?<b>.+)\?$"), (d, m) => YesNo(Days(d, m) > Int(m, "k"))),
        (R(@"^How many minutes are there from the (?<a>.+) to the (?<b>.+)\?$"), (d, m) => Minutes(d, m).ToString(CultureInfo.InvariantCulture)),
        (R(@"^Are there more than (?<k>\d+) minutes from the (?<a>.+) to the (?<b>.+)\?$"), (d, m) => YesNo(Minutes(d, m) > Int(m, "k"))),
        (R(@"^How old was the applicant, in full years, on the date the form was signed\?$"), (d, _) => Age(d).ToString(CultureInfo.InvariantCulture)),
        (R(@"^How many minutes does the recipe take in total, prep time plus cook time\?$"), (d, _) => F(d.Number("Prep time (min)") + d.Number("Cook time (min)"))),
        (R(@"^Does the recipe take more than (?<k>\d+) minutes in total, prep plus cook time\?$"), (d, m) => YesNo(d.Number("Prep time (min)") + d.Number("Cook time (min)") > Int(m, "k"))),
        (R(@"^How many (?<n>.+) are listed in the (?<h>.+) table\?$"), (d, m) => d.Table(m.Groups["h"].Value).Rows.Count.ToString(CultureInfo.InvariantCulture)),
        (R(@"^In the (?<h>.+) table, which of the (?<n>.+) has the (?<w>highest|lowest) (?<c>.+)\?$"), Extremum),
        (R(@"^What is the total of the (?<c>.+) column in the (?<h>.+) table\?$"), (d, m) => F(d.Table(m.Groups["h"].Value).Rows.Select(r => r[m.Groups["c"].Value]).OfType<decimal>().Sum(), 2)),
        (R(@"^In the (?<h>.+) table, how much greater is the (?<rest>.+) than that of (?<b>.+)\?$"), (d, m) => F(Cell(d, m, true) - Cell(d, m, false), 2)),
        (R(@"^In the (?<h>.+) table, is the (?<rest>.+) greater than that of (?<b>.+)\?$"), (d, m) => YesNo(Cell(d, m, true) > Cell(d, m, false))),
        (R(@"^In the (?<h>.+) table, how many minutes does (?<r>.+) last\?$"), (d, m) => Span(d, m).ToString(CultureInfo.InvariantCulture)),
        (R(@"^In the (?<h>.+) table, how many years does the (?<r>.+) entry span\?$"), (d, m) => Span(d, m).ToString(CultureInfo.InvariantCulture)),
        (R(@"^In the (?<h>.+) table, does (?<r>.+) last more than (?<k>\d+) (minutes|years)\?$"), (d, m) => YesNo(Span(d, m) > Int(m, "k"))),
        (R(@"^In the (?<h>.+) table, which entry comes right after (?<r>.+)\?$"), Next),
        (R(@"^In the (?<h>.+) table, by what percentage did the value for (?<r>.+) change from (?<a>.+) to (?<b>.+)\?$"), PercentChange),
        (R(@"^In the (?<h>.+) table, what is the (?<rest>.+)\?$"), CellText),
        (R(@"^What is the subtotal of the line items\?$"), (d, _) => F(Subtotal(d), 2)),
        (R(@"^How much is the (?<r>[\d.]+)% discount on the subtotal\?$"), (d, m) => F(Discount(d, Dec(m, "r")), 2)),
        (R(@"^How much tax is charged at the stated rate of (?<r>[\d.]+)%\?$"), (d, m) => F(Tax(d, Dec(m, "r")), 2)),
        (R(@"^What is the total amount after all discounts, taxes and charges\?$"), (d, _) => F(Total(d), 2)),
        (R(@"^Is the total more than (?<x>.+)\?$"), (d, m) => YesNo(Total(d) > Money(m.Groups["x"].Value))),
        (R(@"^How much remains to be paid after the payment of (?<x>.+)\?$"), (d, m) => F(Total(d) - Paid(d, "paid", m), 2)),
        (R(@"^How much change should the customer get from (?<x>.+) in cash\?$"), (d, m) => F(Paid(d, "tendered", m) - Total(d), 2)),
        (R(@"^How many calories are in the whole container\?$"), (d, _) => F(d.Number("Calories") * d.Number("Servings per container"))),
        (R(@"^What percent of the Daily Value of (?<n>.+) does one serving provide\?$"), (d, m) => F(Dv(d, m.Groups["n"].Value), 0)),
        (R(@"^Is one serving high in (?<n>.+), meaning 20% or more of the Daily Value\?$"), (d, m) => YesNo(Dv(d, m.Groups["n"].Value) >= 20)),
        (R(@"^How many (?<u>\S+) of (?<n>.+) are in (?<k>\d+) servings\?$"), (d, m) => F(Nutrient(d, m.Groups["n"].Value) * Int(m, "k"), 2)),
        (R(@"^Starting from the opening balance, what is the closing balance after all the transactions\?$"), (d, _) => F(Balances(d)[^1], 2)),
        (R(@"^How many deposits were made during the statement period\?$"), (d, _) => d.Tables[0].Rows.Count(r => r["Deposits"] is decimal).ToString(CultureInfo.InvariantCulture)),
        (R(@"^What was the balance after the (?<t>.+) transaction\?$"), (d, m) => F(Balances(d)[d.Tables[0].Rows.IndexOf(d.Tables[0].Row(m.Groups["t"].Value)) + 1], 2)),
        (R(@"^Is the (?<t>.+) result within its reference range\?$"), (d, m) => YesNo(Lab(d, m.Groups["t"].Value) is var (v, lo, hi) && v >= lo && v <= hi)),
        (R(@"^By how much does the (?<t>.+) result exceed the upper limit of its reference range\?$"), (d, m) => Lab(d, m.Groups["t"].Value) is var (v, _, hi) && v > hi ? F(v - hi, 3) : throw new InvalidOperationException("result is not above range")),
        (R(@"^How many results fall outside their reference range\?$"), (d, _) => d.Tables[0].Rows.Count(r => Lab(d, d.Tables[0].Name(r)) is var (v, lo, hi) && (v < lo || v > hi)).ToString(CultureInfo.InvariantCulture)),
        (R(@"^How many (?<u>.+?) of (?<i>.+) are needed to make (?<n>\d+) servings\?$"), Scale),
        (R(@"^How much would (?<n1>\d+) × (?<a>.+) and (?<n2>\d+) × (?<b>.+) cost before tax\?$"), (d, m) => F((Int(m, "n1") * Price(d, m.Groups["a"].Value)) + (Int(m, "n2") * Price(d, m.Groups["b"].Value)), 2)),
        (R(@"^How many items are listed under (?<s>.+)\?$"), (d, m) => d.Tables[0].Rows.Count(r => (string?)r["Section"] == m.Groups["s"].Value).ToString(CultureInfo.InvariantCulture)),
        (R(@"^Which item under (?<s>.+) is the cheapest\?$"), Cheapest),
        (R(@"^Using the volume pricing, how much would (?<q>\d+) units cost\?$"), (d, m) => F(Int(m, "q") * TierPrice(d, Int(m, "q")), 2)),
        (R(@"^Would an order of (?<q>\d+) units get a lower unit price than a single unit\?$"), (d, m) => YesNo(TierPrice(d, Int(m, "q")) < TierPrice(d, 1))),
        (R(@"^Which (?<l>.+) option is ticked on the form\?$"), (d, m) => d.Choices.Single(c => c.Label.Equals(m.Groups["l"].Value, StringComparison.OrdinalIgnoreCase)).Selected),
        (R(@"^Is the (?<o>.+) option ticked for (?<l>.+)\?$"), (d, m) => YesNo(d.Choices.Single(c => c.Label.Equals(m.Groups["l"].Value, StringComparison.OrdinalIgnoreCase)).Selected == m.Groups["o"].Value)),
        (R(@"^For how many years is the certificate valid after the date of completion\?$"), (d, _) => FullYears(CheckerDocument.Date(d.Field("Date of completion")), CheckerDocument.Date(d.Field("Valid until"))).ToString(CultureInfo.InvariantCulture)),
        (R(@"^What is the (?<l>.+) on this (?<n>.+)\?$"), (d, m) => d.Field(m.Groups["l"].Value) is decimal n ? F(n, 3) : (string)d.Field(m.Groups["l"].Value)!),
    ];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var d = new CheckerDocument(json);
        try
        {
            if (DataProblem(d) is { } problem)
            {
                return problem;
            }

            var lines = qa.Question.Split('\n');
            if (Regex.Match(lines[0], @"^Write a short summary of this (?<n>.+)\.$") is { Success: true } s)
            {
                var noun = s.Groups["n"].Value;
                return noun == d.Type && qa.Answer.StartsWith($"This {noun} from {d.Issuer} is titled \"{d.Title}\"", StringComparison.Ordinal) && qa.Answer.Length > 60
                    ? null : $"summary does not describe this {d.Type}: {qa.Answer}";
            }

            var expected = Solve(d, lines[0]);
            if (expected is null)
            {
                return "unrecognised question: " + qa.Question;
            }

            if (lines.Length == 1)
            {
                return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
            }

            var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
            if (options.Count < 3 || options.Any(o => !o.Success) || options.Select(o => o.Groups["v"].Value).Distinct().Count() != options.Count)
            {
                return "malformed options: " + qa.Question;
            }

            var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
            return correct.Count == 1 && correct[0] == qa.Answer ? null : $"expected the option '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or InvalidCastException)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? Solve(CheckerDocument d, string question)
    {
        foreach (var (pattern, solve) in Rules)
        {
            if (pattern.Match(question) is { Success: true } m)
            {
                return solve(d, m);
            }
        }

        return null;
    }

    // What the image prints must itself be right: totals, %DV, flags and running balances.
    private static string? DataProblem(CheckerDocument d)
    {
        if (d.Totals.Any(t => t.Role == "total") && d.Totals.Single(t => t.Role == "total").Amount != Total(d))
        {
            return $"printed total {d.Totals.Single(t => t.Role == "total").Amount} but the lines give {Total(d)}";
        }

        if (d.Type == "nutrition label")
        {
            var bad = d.Tables[0].Rows.Where(r => DailyValues.ContainsKey(d.Tables[0].Name(r)) && (decimal?)r["% Daily Value"] != Dv(d, d.Tables[0].Name(r))).Select(d.Tables[0].Name).ToList();
            return bad.Count > 0 ? "printed %DV wrong for " + string.Join(", ", bad) : null;
        }

        if (d.Type == "bank statement")
        {
            var balances = Balances(d);
            var rows = d.Tables[0].Rows;
            return rows.Where((r, i) => (decimal)r["Balance"]! != balances[i + 1]).Any() || d.Number("Closing balance") != balances[^1] ? "running balance does not roll forward" : null;
        }

        if (d.Type == "lab report")
        {
            var wrong = d.Tables[0].Rows.Where(r => Lab(d, d.Tables[0].Name(r)) is var (v, lo, hi) && ((string?)r["Flag"] ?? string.Empty) != (v > hi ? "H" : v < lo ? "L" : string.Empty)).ToList();
            return wrong.Count > 0 ? "flag disagrees with the reference range" : null;
        }

        return null;
    }

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    private static string F(decimal value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);

    private static string YesNo(bool yes) => yes ? "Yes" : "No";

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static decimal Dec(Match m, string group) => decimal.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static decimal Money(string text) => decimal.Parse(Regex.Replace(text, @"[^\d.\-]", string.Empty), CultureInfo.InvariantCulture);

    private static object? FieldByLabel(CheckerDocument d, string label) => d.Field(label);

    private static int Days(CheckerDocument d, Match m) =>
        CheckerDocument.Date(FieldByLabel(d, m.Groups["b"].Value)).DayNumber - CheckerDocument.Date(FieldByLabel(d, m.Groups["a"].Value)).DayNumber;

    private static int Minutes(CheckerDocument d, Match m) =>
        CheckerDocument.Minutes(FieldByLabel(d, m.Groups["b"].Value)) - CheckerDocument.Minutes(FieldByLabel(d, m.Groups["a"].Value));

    private static int FullYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }

    private static int Age(CheckerDocument d) => FullYears(CheckerDocument.Date(d.Field("Date of birth")), CheckerDocument.Date(d.Field("Date signed")));

    // "COLUMN of ROW than that of OTHER": row names may hold " of " themselves, so the column is matched against the table's own names.
    private static decimal Cell(CheckerDocument d, Match m, bool first)
    {
        var t = d.Table(m.Groups["h"].Value);
        var rest = m.Groups["rest"].Value;
        var column = Column(t, rest);
        return CheckerDocTable.Number(t.Row(first ? rest[(column.Length + 4)..] : m.Groups["b"].Value), column);
    }

    private static string Column(CheckerDocTable t, string rest) =>
        t.Columns.Where(c => rest.StartsWith(c + " of ", StringComparison.Ordinal)).OrderByDescending(c => c.Length).FirstOrDefault()
            ?? throw new InvalidOperationException("no such column");

    private static string CellText(CheckerDocument d, Match m)
    {
        var t = d.Table(m.Groups["h"].Value);
        var rest = m.Groups["rest"].Value;
        var column = Column(t, rest);
        var value = t.Row(rest[(column.Length + 4)..])[column];
        return value is decimal n ? F(n, 3) : (string?)value ?? throw new InvalidOperationException("empty cell asked about");
    }

    private static string Extremum(CheckerDocument d, Match m)
    {
        var t = d.Table(m.Groups["h"].Value);
        var column = m.Groups["c"].Value;
        var rows = t.Rows.Where(r => r[column] is decimal).GroupBy(t.Name).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        var best = m.Groups["w"].Value == "highest" ? rows.Max(r => (decimal)r[column]!) : rows.Min(r => (decimal)r[column]!);
        var hits = rows.Where(r => (decimal)r[column]! == best).ToList();
        return hits.Count == 1 ? t.Name(hits[0]) : throw new InvalidOperationException("tie for the extremum");
    }

    private static int Span(CheckerDocument d, Match m)
    {
        var t = d.Table(m.Groups["h"].Value);
        var row = t.Row(m.Groups["r"].Value);
        return row["Start"] is string ? CheckerDocument.Minutes(row["End"]) - CheckerDocument.Minutes(row["Start"]) : (int)((decimal)row["End"]! - (decimal)row["Start"]!);
    }

    private static string Next(CheckerDocument d, Match m)
    {
        var t = d.Table(m.Groups["h"].Value);
        var i = t.Rows.IndexOf(t.Row(m.Groups["r"].Value));
        return i + 1 < t.Rows.Count ? t.Name(t.Rows[i + 1]) : throw new InvalidOperationException("last row has no successor");
    }

    private static string PercentChange(CheckerDocument d, Match m)
    {
        var t = d.Table(m.Groups["h"].Value);
        var row = t.Row(m.Groups["r"].Value);
        var (a, b) = (CheckerDocTable.Number(row, m.Groups["a"].Value), CheckerDocTable.Number(row, m.Groups["b"].Value));
        return F((b - a) / a * 100, 1);
    }

    // The first table's money column that adds up to the subtotal: "Amount" on bills, "Amount due" on reminders.
    private static decimal Subtotal(CheckerDocument d)
    {
        var t = d.Tables[0];
        var column = t.Columns.Contains("Amount") ? "Amount" : "Amount due";
        if (column == "Amount" && t.Rows.Any(r => (decimal)r["Amount"]! != (decimal)r["Qty"]! * (decimal)r["Unit price"]!))
        {
            throw new InvalidOperationException("a line amount is not quantity times unit price");
        }

        return t.Rows.Sum(r => (decimal)r[column]!);
    }

    private static decimal Discount(CheckerDocument d, decimal rate)
    {
        var stated = d.Totals.Single(t => t.Role == "discount");
        return stated.Rate == rate ? Math.Round(Subtotal(d) * rate / 100, 2, MidpointRounding.AwayFromZero) : throw new InvalidOperationException("discount rate differs from the data");
    }

    private static decimal Tax(CheckerDocument d, decimal rate)
    {
        var stated = d.Totals.Single(t => t.Role == "tax");
        var discount = d.Totals.Any(t => t.Role == "discount") ? Discount(d, d.Totals.Single(t => t.Role == "discount").Rate!.Value) : 0;
        return stated.Rate == rate ? Math.Round((Subtotal(d) - discount) * rate / 100, 2, MidpointRounding.AwayFromZero) : throw new InvalidOperationException("tax rate differs from the data");
    }

    private static decimal Total(CheckerDocument d)
    {
        var total = Subtotal(d);
        foreach (var (role, rate, amount) in d.Totals)
        {
            total += role switch
            {
                "discount" => -Discount(d, rate!.Value),
                "tax" => Tax(d, rate!.Value),
                "fee" => amount,
                _ => 0,
            };
        }

        return total;
    }

    private static decimal Paid(CheckerDocument d, string role, Match m)
    {
        var amount = d.Totals.Single(t => t.Role == role).Amount;
        return Money(m.Groups["x"].Value) == amount ? amount : throw new InvalidOperationException("payment in the question differs from the data");
    }

    private static decimal Nutrient(CheckerDocument d, string name) => CheckerDocTable.Number(d.Tables[0].Row(name), "Amount");

    private static decimal Dv(CheckerDocument d, string name) => Math.Round(Nutrient(d, name) * 100 / DailyValues[name], 0, MidpointRounding.AwayFromZero);

    private static List<decimal> Balances(CheckerDocument d)
    {
        var balances = new List<decimal> { d.Number("Opening balance") };
        foreach (var row in d.Tables[0].Rows)
        {
            balances.Add(balances[^1] + ((decimal?)row["Deposits"] ?? 0) - ((decimal?)row["Withdrawals"] ?? 0));
        }

        return balances;
    }

    private static (decimal Value, decimal Low, decimal High) Lab(CheckerDocument d, string test)
    {
        var row = d.Tables[0].Row(test);
        var range = ((string)row["Reference range"]!).Split('–');
        return ((decimal)row["Result"]!, decimal.Parse(range[0], CultureInfo.InvariantCulture), decimal.Parse(range[1], CultureInfo.InvariantCulture));
    }

    private static string Scale(CheckerDocument d, Match m)
    {
        var row = d.Tables[0].Row(m.Groups["i"].Value);
        if ((string?)row["Unit"] != m.Groups["u"].Value)
        {
            throw new InvalidOperationException("unit differs from the recipe");
        }

        return F((decimal)row["Quantity"]! * Int(m, "n") / d.Number("Servings"), 2);
    }

    private static decimal Price(CheckerDocument d, string item) => CheckerDocTable.Number(d.Tables[0].Row(item), "Price");

    private static string Cheapest(CheckerDocument d, Match m)
    {
        var t = d.Tables[0];
        var rows = t.Rows.Where(r => (string?)r["Section"] == m.Groups["s"].Value).ToList();
        var low = rows.Min(r => (decimal)r["Price"]!);
        var hits = rows.Where(r => (decimal)r["Price"]! == low).ToList();
        return hits.Count == 1 ? t.Name(hits[0]) : throw new InvalidOperationException("tie for cheapest");
    }

    private static decimal TierPrice(CheckerDocument d, int quantity)
    {
        var t = d.Tables.Single(t => t.Columns.Contains("Minimum units"));
        return (decimal)t.Rows.Where(r => (decimal)r["Minimum units"]! <= quantity).MaxBy(r => (decimal)r["Minimum units"]!)!["Unit price"]!;
    }
}
