namespace Cosyn.Families.Music;

/// <summary>The sheet-music figure types, as the catalog names them.</summary>
public static class MusicFigureTypes
{
    public const string Melody = "melody";
    public const string Lyrics = "melody with lyrics";
    public const string LeadSheet = "lead sheet with chords";

    public static IReadOnlyList<string> All { get; } = [Melody, Lyrics, LeadSheet];
}
