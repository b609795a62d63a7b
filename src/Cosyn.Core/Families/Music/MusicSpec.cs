namespace Cosyn.Families.Music;

/// <summary>A short piece as data: title, key, time signature, tempo, opening dynamic and the bars.</summary>
public sealed record MusicSpec(string FigureType, string Title, MusicKey Key, string Time, string TempoText, int Bpm, string Dynamic, IReadOnlyList<MusicMeasure> Measures)
{
    public IEnumerable<MusicNote> Notes => Measures.SelectMany(m => m.Notes);
}
