namespace Cosyn.Families.Music.Writers.Lilypond;

/// <summary>
/// Writes a Scheme-free LilyPond score (so the renderer can batch it): header with the title, a melody variable with key,
/// time, tempo and the opening dynamic, and a score with chord names above or lyrics below when the figure type has them.
/// </summary>
public sealed class LilypondWriter : ICodeWriter<MusicSpec>
{
    public string Write(MusicSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var lines = new List<string> { "\\version \"2.24.0\"", string.Empty, "\\header {", $"  title = \"{spec.Title}\"" };
        if (random.Chance(0.5))
        {
            lines.Add($"  subtitle = \"{spec.Key.Name}, {spec.TempoText.ToLowerInvariant()}\"");
        }

        lines.Add("  tagline = ##f");
        lines.Add("}");
        lines.Add(string.Empty);
        lines.Add("\\paper {");
        lines.Add($"  indent = {random.Pick(["0", "5", "10"])}\\mm");
        lines.Add($"  ragged-right = {(random.Chance(0.5) ? "##t" : "##f")}");
        lines.Add("}");
        lines.Add(string.Empty);
        var key = MusicKey.Lily(spec.Key.Pitch(0)).TrimEnd('\'');
        lines.Add("melody = {");
        lines.Add("  \\clef treble");
        lines.Add($"  \\key {key} \\major");
        lines.Add($"  \\time {spec.Time}");
        lines.Add($"  \\tempo \"{spec.TempoText}\" 4 = {spec.Bpm}");
        if (random.Chance(0.3))
        {
            lines.Add("  \\override Staff.TimeSignature.style = #'numbered");
        }

        for (var m = 0; m < spec.Measures.Count; m++)
        {
            var notes = spec.Measures[m].Notes.Select((n, i) => (n.Pitch is null ? "r" : MusicKey.Lily(n.Pitch)) + n.LilyDuration + (m == 0 && i == 0 ? "\\" + spec.Dynamic : string.Empty));
            lines.Add("  " + string.Join(' ', notes) + (m == spec.Measures.Count - 1 ? " \\bar \"|.\"" : " |"));
        }

        lines.Add("}");
        lines.Add(string.Empty);
        lines.Add("\\score {");
        lines.Add("  <<");
        if (spec.FigureType == MusicFigureTypes.LeadSheet)
        {
            var bar = spec.Measures[^1].Notes[0].LilyDuration;
            lines.Add($"    \\new ChordNames \\chordmode {{ {string.Join(' ', spec.Measures.Select(m => ChordMode(m.Chord!, bar)))} }}");
        }

        lines.Add("    \\new Staff \\new Voice = \"melody\" \\melody");
        if (spec.FigureType == MusicFigureTypes.Lyrics)
        {
            lines.Add($"    \\new Lyrics \\lyricsto \"melody\" {{ {string.Join(' ', spec.Notes.Where(n => n.Lyric is not null).Select(n => n.Lyric))} }}");
        }

        lines.Add("  >>");
        lines.Add("  \\layout { }");
        lines.Add("}");
        return string.Join('\n', lines) + "\n";
    }

    // "F#m" for a 3/4 bar is fis2.:m in chord mode: root, duration, then the quality.
    private static string ChordMode(string chord, string duration)
    {
        var minor = chord.EndsWith('m');
        return MusicKey.Lily((minor ? chord[..^1] : chord) + "3") + duration + (minor ? ":m" : string.Empty);
    }
}
