namespace Cosyn.Quality.Checks;

/// <summary>Whether expected strings occur in the text an image shows, compared in <see cref="Texts.Normal"/> form.</summary>
public static class Visibility
{
    public static bool Shows(string visibleNormal, string expected) =>
        Texts.Normal(expected) is { Length: > 0 } wanted && visibleNormal.Contains(wanted, StringComparison.Ordinal);

    /// <summary>A pass when at least <paramref name="minRecall"/> of <paramref name="expected"/> is visible; the reason names what is missing.</summary>
    public static CheckResult Judge(string name, IReadOnlyList<string> expected, string visible, string source, double minRecall)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var normal = Texts.Normal(visible);
        var missing = expected.Where(e => !Shows(normal, e)).ToList();
        var recall = 1 - ((double)missing.Count / expected.Count);
        var found = $"{source} finds {expected.Count - missing.Count} of {expected.Count} expected strings";
        var absent = missing.Count == 0 ? "" : "; missing " + string.Join(", ", missing.Take(5).Select(m => $"'{Texts.Clip(m)}'"));
        return recall >= minRecall
            ? new CheckResult(name, true, Math.Round(recall, 3), found + absent)
            : CheckResult.Fail(name, recall, found + absent);
    }
}
