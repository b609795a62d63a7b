using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cosyn.Families.Music;

/// <summary>Title patterns, per-domain title nouns and lyric syllables, read from the embedded <c>MusicTitles.json</c>.</summary>
public sealed class MusicLexicon
{
    private static readonly Lazy<MusicLexicon> LazyDefault = new(Load);

    [JsonPropertyName("patterns")]
    public required IReadOnlyList<string> Patterns { get; init; }

    [JsonPropertyName("nouns")]
    public required Dictionary<string, string[]> Nouns { get; init; }

    [JsonPropertyName("syllables")]
    public required IReadOnlyList<string> Syllables { get; init; }

    public static MusicLexicon Default => LazyDefault.Value;

    private static MusicLexicon Load()
    {
        using var stream = typeof(MusicLexicon).Assembly.GetManifestResourceStream("Cosyn.Music.MusicTitles.json")
            ?? throw new InvalidOperationException("Embedded MusicTitles.json is missing.");
        return JsonSerializer.Deserialize<MusicLexicon>(stream)!;
    }
}
