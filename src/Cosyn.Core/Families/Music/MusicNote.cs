namespace Cosyn.Families.Music;

/// <summary>One note or rest: scientific pitch (e.g. <c>F#4</c>) or null for a rest, a duration in quarter notes, and an optional lyric syllable.</summary>
public sealed record MusicNote(string? Pitch, decimal Beats, string? Lyric = null)
{
    /// <summary>The duration's name as data and questions write it.</summary>
    public string Duration => Beats switch
    {
        4m => "whole",
        3m => "dotted half",
        2m => "half",
        1m => "quarter",
        _ => "eighth",
    };

    /// <summary>LilyPond's duration number (with a dot for a dotted half).</summary>
    public string LilyDuration => Beats switch
    {
        4m => "1",
        3m => "2.",
        2m => "2",
        1m => "4",
        _ => "8",
    };
}
