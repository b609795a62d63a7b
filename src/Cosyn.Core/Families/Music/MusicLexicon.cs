using System.Text.Json.Serialization;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Music;

/// <summary>Title patterns, per-domain title nouns and lyric syllables, read from the embedded <c>MusicTitles.json</c>.</summary>
public sealed class MusicLexicon
{
    [JsonPropertyName("patterns")]
    public required IReadOnlyList<string> Patterns { get; init; }

    [JsonPropertyName("nouns")]
    public required Dictionary<string, string[]> Nouns { get; init; }

    [JsonPropertyName("syllables")]
    public required IReadOnlyList<string> Syllables { get; init; }

    public static MusicLexicon Default => EmbeddedJson.Shared<MusicLexicon>("Cosyn.Music.MusicTitles.json");
}
