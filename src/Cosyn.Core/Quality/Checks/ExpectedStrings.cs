using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cosyn.Quality.Checks;

/// <summary>
/// The strings a sample's image should show, taken in a way that works for every pipeline: the extractive answers
/// (short answers and chosen options that occur verbatim in the sample's data) and the label-like strings of the data
/// (JSON string values, CSV cells with letters).
/// </summary>
public static class ExpectedStrings
{
    private const int MaxDataStrings = 24;

    /// <summary>Answers (or chosen option texts) with a letter in them that the data contains verbatim: they are read off the image, not computed.</summary>
    public static IReadOnlyList<string> ExtractiveAnswers(Sample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var result = new List<string>();
        foreach (var pair in sample.QaPairs)
        {
            var type = QaTypes.Of(pair);
            var answer = type switch
            {
                QaTypes.ShortAnswer => pair.Answer.Trim(),
                QaTypes.MultipleChoice => QaTypes.Options(pair.Question).FirstOrDefault(o => o.Letter == pair.Answer.Trim().TrimEnd('.')).Text ?? "",
                _ => "",
            };
            if (IsLabelLike(answer) && sample.Data.Contains(answer, StringComparison.Ordinal))
            {
                result.Add(answer);
            }
        }

        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The strings the code writes (whole, or without their unit), comment lines aside: only those can be expected in
    /// the image. Data also holds what a figure never prints (an exercise's quantity descriptions, a unit word the image
    /// shows as a sign), and a title in a comment is not drawn.
    /// </summary>
    public static IReadOnlyList<string> WrittenBy(string code, IEnumerable<string> strings)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(strings);
        if (code.Length == 0)
        {
            return [.. strings];
        }

        var lines = code.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.TrimStart().StartsWith('#')
            && !l.TrimStart().StartsWith('%') && !l.TrimStart().StartsWith("<!--", StringComparison.Ordinal));
        var source = string.Join('\n', lines);
        var written = Texts.Normal(source);
        return [.. strings.Where(s => Writes(source, written, s) || (Visibility.WithoutUnit(s) is { } bare && Writes(source, written, bare)))];
    }

    // Up to this many letters and digits, a string must stand in the code as a whole token: normalised, "AB" is in
    // "label(...)" and "A--B", so a rectangle's side names were expected in an image that only labels its corners.
    private const int ShortToken = 4;

    private static bool Writes(string source, string written, string text)
    {
        var normal = Texts.Normal(text);
        if (normal.Length > ShortToken)
        {
            return written.Contains(normal, StringComparison.Ordinal);
        }

        var token = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(text.Trim()) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return normal.Length > 0 && token.IsMatch(source);
    }

    /// <summary>Label-like strings of the data with a capital letter, at most 24, spread over it.</summary>
    public static IReadOnlyList<string> FromData(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // A capital marks a label or a name; lower-case words in data are mostly keys, kinds and units the image need not print.
        var all = Candidates(data.Trim()).Select(s => s.Trim()).Where(s => IsLabelLike(s) && s.Any(char.IsUpper)).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count <= MaxDataStrings)
        {
            return all;
        }

        var step = (double)all.Count / MaxDataStrings;
        return [.. Enumerable.Range(0, MaxDataStrings).Select(i => all[(int)(i * step)])];
    }

    /// <summary>Short (≤ 40 characters, ≤ 5 words) and with at least two letters: a label, a name, a category.</summary>
    public static bool IsLabelLike(string text) =>
        text.Length is >= 2 and <= 40 && text.Count(char.IsLetter) >= 2 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;

    private static IEnumerable<string> Candidates(string data)
    {
        if (data.StartsWith('{') || data.StartsWith('['))
        {
            try
            {
                using var document = JsonDocument.Parse(data);
                return [.. StringValues(document.RootElement)];
            }
            catch (JsonException)
            {
                // Not JSON after all: read it as delimited text.
            }
        }

        return data.Split('\n').SelectMany(line => line.Split(',', '\t', ';', '|'));
    }

    private static IEnumerable<string> StringValues(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(StringValues))
                {
                    yield return item;
                }

                break;
            case JsonValueKind.Object:
                foreach (var item in element.EnumerateObject().SelectMany(p => StringValues(p.Value)))
                {
                    yield return item;
                }

                break;
        }
    }
}
