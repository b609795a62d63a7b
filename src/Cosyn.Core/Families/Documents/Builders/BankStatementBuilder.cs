namespace Cosyn.Families.Documents.Builders;

/// <summary>A monthly bank statement: opening balance, dated withdrawals and deposits with a running balance that rolls forward, closing balance.</summary>
internal static class BankStatementBuilder
{
    public const string Date = "Date";
    public const string Description = "Description";
    public const string Withdrawals = "Withdrawals";
    public const string Deposits = "Deposits";
    public const string Balance = "Balance";

    public static DocumentSpec Build(DocumentContext c)
    {
        var start = c.Date();
        start = new DateOnly(start.Year, start.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        var opening = c.Random.Next(300, 6000) + (c.Random.Next(100) / 100m);
        var count = c.Random.Next(6, 11);
        var outgoing = c.Random.Sample(c.Lexicon.Payees, Math.Min(c.Lexicon.Payees.Count, count - 2));
        var incoming = c.Random.Sample(c.Lexicon.Incomes, c.Random.Next(1, 3));
        var entries = outgoing.Select(p => (p, Out: true)).Concat(incoming.Select(p => (p, Out: false))).ToList();
        c.Random.Shuffle(entries);
        var days = entries.Select(_ => c.Random.Next(1, end.Day + 1)).Order().ToList();
        var balance = opening;
        var rows = new List<IReadOnlyList<DocumentCell>>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (item, isOut) = entries[i];
            var amount = item.High < 10 ? c.Price(item) : Math.Round(item.Low + ((item.High - item.Low) * (decimal)c.Random.NextDouble()), 2);
            balance += isOut ? -amount : amount;
            rows.Add([DocumentCell.Of(c.Show(start.AddDays(days[i] - 1))), DocumentCell.Of(item.Name), isOut ? DocumentCell.Of(amount) : DocumentCell.Empty, isOut ? DocumentCell.Empty : DocumentCell.Of(amount), DocumentCell.Of(balance)]);
        }

        var table = new DocumentTable("transactions", "Transactions", "transactions",
            [new(Date, DocumentValueKind.Date), new(Description, DocumentValueKind.Text), new(Withdrawals, DocumentValueKind.Money, 2, true, true), new(Deposits, DocumentValueKind.Money, 2, true, true), new(Balance, DocumentValueKind.Money, 2)],
            rows, NameColumn: 1);
        var fields = new List<DocumentField>
        {
            new("Account holder", c.Person()),
            new("Account number", $"•••• {c.Random.Next(1000, 9999)}"),
            new("Statement period", $"{c.Show(start)} – {c.Show(end)}"),
            c.MoneyField("Opening balance", opening),
            c.MoneyField("Closing balance", balance),
        };
        return new DocumentSpec(DocumentKinds.BankStatement, "Account Statement", c.Plan.Issuer, c.Address(), fields, [table], [], [], c.Currency)
        {
            Footer = ["Questions about your statement? Visit any branch or call customer service.", "Member FDIC. Equal Housing Lender."],
        };
    }
}
