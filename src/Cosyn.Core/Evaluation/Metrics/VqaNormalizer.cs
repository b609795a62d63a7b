using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// The answer normalisation of the official VQA evaluation script: punctuation removed (or turned into spaces),
/// periods not followed by a digit dropped, lower case, number words 'none' and 'zero' to 'ten' as digits, articles
/// dropped, contractions without apostrophes restored ("dont" to "don't").
/// </summary>
public static partial class VqaNormalizer
{
    private static readonly string[] Punctuation = [";", "/", "[", "]", "\"", "{", "}", "(", ")", "=", "+", "\\", "_", "-", ">", "<", "@", "`", ",", "?", "!"];

    private static readonly FrozenDictionary<string, string> NumberWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["none"] = "0", ["zero"] = "0", ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4",
        ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = new[] { "a", "an", "the" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> Contractions = new(LoadContractions);

    /// <summary>The normalised form of an answer or a prediction.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DigitsAndArticles(RemovePunctuation(text.Replace('\n', ' ').Replace('\t', ' ').Trim()));
    }

    // processPunctuation: a mark next to a space (or any text with a digit,digit comma) is deleted, otherwise it
    // becomes a space; every decision looks at the original text, as the script does.
    private static string RemovePunctuation(string text)
    {
        var output = text;
        var digitComma = DigitComma().IsMatch(text);
        foreach (var mark in Punctuation)
        {
            var glued = text.Contains(mark + " ", StringComparison.Ordinal) || text.Contains(" " + mark, StringComparison.Ordinal) || digitComma;
            output = output.Replace(mark, glued ? "" : " ", StringComparison.Ordinal);
        }

        return PeriodStrip().Replace(output, "");
    }

    private static string DigitsAndArticles(string text)
    {
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => NumberWords.GetValueOrDefault(w, w))
            .Where(w => !Articles.Contains(w))
            .Select(w => Contractions.Value.GetValueOrDefault(w, w));
        return string.Join(' ', words);
    }

    private static FrozenDictionary<string, string> LoadContractions()
    {
        using var stream = typeof(VqaNormalizer).Assembly.GetManifestResourceStream("Cosyn.Evaluation.VqaContractions.json")
            ?? throw new InvalidOperationException("the VQA contraction map is not embedded");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The script's pattern verbatim: its "(?!<=\d)" is a lookahead that never fails, so any period not followed by a digit goes.
    [GeneratedRegex(@"(?!<=\d)(\.)(?!\d)")]
    private static partial Regex PeriodStrip();

    [GeneratedRegex(@"(\d)(\,)(\d)")]
    private static partial Regex DigitComma();
}
