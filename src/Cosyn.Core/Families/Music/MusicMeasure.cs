namespace Cosyn.Families.Music;

/// <summary>One bar: its notes and rests in order and, on a lead sheet, the chord symbol above it.</summary>
public sealed record MusicMeasure(IReadOnlyList<MusicNote> Notes, string? Chord = null);
