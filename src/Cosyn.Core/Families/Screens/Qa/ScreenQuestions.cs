namespace Cosyn.Families.Screens.Qa;

/// <summary>Wording helpers for screen questions: the fixed unanswerable answer, counts and lists as the README conventions write them.</summary>
public static class ScreenQuestions
{
    public const string NotShown = "The screen does not provide this information.";

    /// <summary>Other small counts near <paramref name="count"/>, as wrong options.</summary>
    public static IEnumerable<string> NearCounts(int count) =>
        new[] { count + 1, count - 1, count + 2, count - 2 }.Where(c => c >= 0).Select(Count);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A, B and C" for explanations and list answers.</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "none",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
