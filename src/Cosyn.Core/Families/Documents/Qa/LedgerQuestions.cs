using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Documents.Builders;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Bank statement arithmetic: the closing balance rolled forward from the opening balance, deposits counted, the balance after a transaction.</summary>
internal static class LedgerQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec)
    {
        if (spec.Kind != DocumentKinds.BankStatement)
        {
            yield break;
        }

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
}
