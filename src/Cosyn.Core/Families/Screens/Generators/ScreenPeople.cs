namespace Cosyn.Families.Screens.Generators;

/// <summary>Distinct people for one screen: full names, first names and email addresses.</summary>
public static class ScreenPeople
{
    /// <summary><paramref name="count"/> distinct full names (distinct first names too, so a chat can show first names alone).</summary>
    public static List<string> Names(ScreenLexicon lexicon, int count, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(random);
        var firsts = random.Sample(lexicon.FirstNames, count);
        return [.. firsts.Select(f => f + " " + random.Pick(lexicon.LastNames))];
    }

    public static string Email(string name, string domain) =>
        name.ToLowerInvariant().Replace(' ', '.').Replace("á", "a", StringComparison.Ordinal).Replace("í", "i", StringComparison.Ordinal)
            .Replace("é", "e", StringComparison.Ordinal) + "@" + domain;

    public static string First(string name) => name.Split(' ')[0];
}
