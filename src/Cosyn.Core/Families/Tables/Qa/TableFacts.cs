using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa;

/// <summary>Read-only views of a <see cref="TableSpec"/> that question makers share: values, wording and phrasing slots.</summary>
public sealed class TableFacts(TableSpec spec, ChartQuestionBank bank)
{
    public TableSpec Spec { get; } = spec ?? throw new ArgumentNullException(nameof(spec));

    public ChartQuestionBank Bank { get; } = bank ?? throw new ArgumentNullException(nameof(bank));

    public int RowCount => Spec.Rows.Count;

    public int ColumnCount => Spec.Columns.Count;

    /// <summary>The row noun in running text ("school"), and its plural.</summary>
    public string RowNoun => Lower(Spec.RowLabel);

    public string RowNouns => ChartWords.Plural(RowNoun);

    public decimal? Value(int row, int column) => Spec.Rows[row].Cells[column];

    /// <summary>Rows with a reported value in <paramref name="column"/>, with the value.</summary>
    public List<(int Row, decimal Value)> Present(int column) =>
        [.. Enumerable.Range(0, RowCount).Where(r => Value(r, column) is not null).Select(r => (r, Value(r, column)!.Value))];

    /// <summary>A column drawn from <paramref name="random"/> (one draw), with its reported values.</summary>
    public (int Column, List<(int Row, decimal Value)> Present) PickColumn(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var column = random.Next(ColumnCount);
        return (column, Present(column));
    }

    /// <summary>How a column is named in a question: its own name in attribute tables, "measure in column" in cross tables.</summary>
    public string What(int column) => Spec.IsCross ? $"{Lower(Spec.Measure!)} in {Spec.Columns[column].Name}" : Spec.Columns[column].Name;

    /// <summary>" tonnes" style suffix for explanations, empty when the column has no unit.</summary>
    public string Unit(int column) => Spec.Columns[column].Unit.Length > 0 ? " " + Spec.Columns[column].Unit : string.Empty;

    /// <summary>"the Stillwater Cove value for Blue rockfish is 42", the reading an explanation starts from.</summary>
    public string Read(int row, int column) =>
        $"the row for {Spec.Rows[row].Name} shows {QaNumber.Value(Value(row, column)!.Value)}{Unit(column)} in the {Spec.Columns[column].Name} column";

    /// <summary>Slots every phrasing may use, plus <paramref name="extra"/>.</summary>
    public Dictionary<string, string> Slots(params (string Slot, string Value)[] extra)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{rl}"] = RowNoun,
            ["{rls}"] = RowNouns,
            ["{m}"] = Lower(Spec.Measure ?? "value"),
            ["{cl}"] = Lower(Spec.ColumnLabel ?? "column"),
            ["{cls}"] = ChartWords.Plural(Lower(Spec.ColumnLabel ?? "column")),
            ["{gl}"] = Lower(Spec.GroupLabel ?? "group"),
            ["{total}"] = Spec.TotalsLabel,
        };
        foreach (var (slot, value) in extra)
        {
            slots[slot] = value;
        }

        return slots;
    }

    /// <summary>Slots naming one column: <c>{col}</c> and <c>{what}</c>.</summary>
    public (string, string)[] ColumnSlots(int column, params (string, string)[] extra) =>
        [("{col}", Spec.Columns[column].Name), ("{what}", What(column)), .. extra];

    /// <summary>Columns whose values add up, by index.</summary>
    public List<int> AdditiveColumns => [.. Enumerable.Range(0, ColumnCount).Where(c => Spec.Columns[c].Additive)];

    /// <summary>"a + b + c" over the values shown.</summary>
    public static string Sum(IEnumerable<decimal> values) => string.Join(" + ", values.Select(QaNumber.Value));

    // Lower-cases a label's first letter for running text, unless it starts an acronym (PHQ-9, CO₂).
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
