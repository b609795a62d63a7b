namespace Cosyn.Families.Documents;

/// <summary>One table cell: text, a number, or empty (both null, drawn blank).</summary>
public sealed record DocumentCell(string? Text, decimal? Number)
{
    public static DocumentCell Empty { get; } = new(null, null);

    public static DocumentCell Of(string text) => new(text, null);

    public static DocumentCell Of(decimal number) => new(null, number);

    public bool IsEmpty => Text is null && Number is null;
}
