namespace Cosyn.Families.Screens;

/// <summary>Routes a free-text query to a kind by its words; when several kinds are named, the one mentioned first wins.</summary>
public static class QueryWords
{
    /// <summary>The kind of the earliest <paramref name="words"/> entry found in <paramref name="query"/> (case-insensitive), or null.</summary>
    public static string? FirstNamed(string? query, IEnumerable<(string Word, string Kind)> words) =>
        query is null ? null : words
            .Select(w => (w.Kind, At: query.IndexOf(w.Word, StringComparison.OrdinalIgnoreCase)))
            .Where(w => w.At >= 0)
            .OrderBy(w => w.At)
            .Select(w => w.Kind)
            .FirstOrDefault();
}
