using System.Text.RegularExpressions;

namespace Cosyn.Text;

/// <summary>The little English grammar composed text needs: indefinite articles, base verb forms, capitals.</summary>
public static class EnglishPhrases
{
    // Spelled with a vowel but said with a consonant sound ("a university"), or the reverse ("an hour").
    private static readonly string[] ConsonantSoundPrefixes = ["uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ukulele"];
    private static readonly string[] VowelSoundPrefixes = ["hour", "honest", "honor", "honour", "heir"];

    // Letters whose spoken names start with a vowel sound: "an HR manager", "an SEO specialist", "a UX designer".
    private const string VowelSoundLetterNames = "AEFHILMNORSX";

    /// <summary>"a" or "an" for the phrase that follows the article.</summary>
    public static string IndefiniteArticle(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        var first = FirstWord(phrase);
        if (first.Length >= 2 && first.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return VowelSoundLetterNames.Contains(first[0], StringComparison.Ordinal) ? "an" : "a";
        }

        var lower = first.ToLowerInvariant();
        if (VowelSoundPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return "an";
        }

        if (ConsonantSoundPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return "a";
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>
    /// <paramref name="template"/> with <paramref name="slot"/> replaced by <paramref name="value"/>, and an "a"/"A"
    /// written right before the slot made to agree with the value ("A {name} class" → "An Eastside class").
    /// </summary>
    public static string FillSlot(string template, string slot, string value)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var article = IndefiniteArticle(value);
        var agreed = Regex.Replace(template, @"\b([Aa]) " + Regex.Escape(slot), m => (m.Groups[1].Value == "A" ? CapitaliseFirst(article) : article) + " " + slot);
        return agreed.Replace(slot, value, StringComparison.Ordinal);
    }

    /// <summary>The phrase preceded by its indefinite article.</summary>
    public static string WithArticle(string phrase) => IndefiniteArticle(phrase) + " " + phrase;

    /// <summary>Turns a third-person verb phrase ("watches birds") into its base form ("watch birds") for "they".</summary>
    public static string BaseForm(string thirdPersonPhrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(thirdPersonPhrase);
        var space = thirdPersonPhrase.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? thirdPersonPhrase : thirdPersonPhrase[..space];
        var rest = space < 0 ? string.Empty : thirdPersonPhrase[space..];
        return BaseVerb(verb) + rest;
    }

    /// <summary>The text with its first letter in upper case.</summary>
    public static string CapitaliseFirst(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string BaseVerb(string verb) => verb switch
    {
        "is" => "are",
        "has" => "have",
        "does" => "do",
        "goes" => "go",
        _ when verb.EndsWith("ies", StringComparison.Ordinal) && verb.Length > 4 => verb[..^3] + "y",
        _ when EndsWithSibilantEs(verb) => verb[..^2],
        _ when verb.EndsWith('s') => verb[..^1],
        _ => verb,
    };

    private static bool EndsWithSibilantEs(string verb) =>
        verb.EndsWith("sses", StringComparison.Ordinal) || verb.EndsWith("shes", StringComparison.Ordinal)
        || verb.EndsWith("ches", StringComparison.Ordinal) || verb.EndsWith("xes", StringComparison.Ordinal)
        || verb.EndsWith("zzes", StringComparison.Ordinal);

    private static string FirstWord(string phrase)
    {
        var trimmed = phrase.TrimStart();
        var end = trimmed.IndexOfAny([' ', '-']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
