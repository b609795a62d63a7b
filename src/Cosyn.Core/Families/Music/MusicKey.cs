namespace Cosyn.Families.Music;

/// <summary>A major key: its tonic letter and accidental, and the letters its signature alters.</summary>
public sealed record MusicKey(string Tonic, IReadOnlyList<char> Sharps, IReadOnlyList<char> Flats)
{
    private const string Letters = "CDEFGAB";
    private static readonly int[] Semitones = [0, 2, 4, 5, 7, 9, 11];

    public static IReadOnlyList<MusicKey> All { get; } =
    [
        new("C", [], []), new("G", ['F'], []), new("D", ['F', 'C'], []), new("A", ['F', 'C', 'G'], []),
        new("F", [], ['B']), new("Bb", [], ['B', 'E']), new("Eb", [], ['B', 'E', 'A']),
    ];

    /// <summary>E.g. <c>G major</c>.</summary>
    public string Name => $"{Tonic} major";

    /// <summary>Scale degree <paramref name="degree"/> (0 = the tonic in octave 4, may be negative) in scientific pitch, e.g. <c>F#4</c>.</summary>
    public string Pitch(int degree)
    {
        var start = Letters.IndexOf(Tonic[0], StringComparison.Ordinal);
        var steps = start + degree;
        var letter = Letters[((steps % 7) + 7) % 7];
        var octave = 4 + (int)Math.Floor(steps / 7.0);
        var accidental = Sharps.Contains(letter) ? "#" : Flats.Contains(letter) ? "b" : string.Empty;
        return $"{letter}{accidental}{octave}";
    }

    /// <summary>MIDI number of a scientific pitch such as <c>Bb3</c>, to compare heights.</summary>
    public static int Midi(string pitch)
    {
        ArgumentNullException.ThrowIfNull(pitch);
        var semitone = Semitones[Letters.IndexOf(pitch[0], StringComparison.Ordinal)];
        var accidental = pitch[1] switch { '#' => 1, 'b' => -1, _ => 0 };
        var octave = int.Parse(pitch.AsSpan(accidental == 0 ? 1 : 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        return ((octave + 1) * 12) + semitone + accidental;
    }

    /// <summary>LilyPond absolute pitch: <c>F#4</c> becomes <c>fis'</c>, <c>Bb3</c> becomes <c>bes</c>.</summary>
    public static string Lily(string pitch)
    {
        ArgumentNullException.ThrowIfNull(pitch);
        var name = char.ToLowerInvariant(pitch[0]).ToString();
        var rest = pitch[1..];
        if (rest[0] is '#' or 'b')
        {
            name += rest[0] == '#' ? "is" : "es";
            rest = rest[1..];
        }

        var octave = int.Parse(rest, System.Globalization.CultureInfo.InvariantCulture);
        return name + (octave >= 3 ? new string('\'', octave - 3) : new string(',', 3 - octave));
    }

    /// <summary>Chord symbol of scale degree <paramref name="degree"/> (0-6) built from the scale: I, ii, iii, IV, V, vi.</summary>
    public string Chord(int degree)
    {
        var root = Pitch(degree);
        var name = root[..^1];
        return degree is 1 or 2 or 5 ? name + "m" : name;
    }
}
