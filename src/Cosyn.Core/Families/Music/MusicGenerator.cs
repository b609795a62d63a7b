using Cosyn.Personas;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Music;

/// <summary>Topic and data for a short tune: persona-conditioned title, a key, metre and tempo, and a stepwise melody in bar-filling rhythms ending on the tonic.</summary>
public static class MusicGenerator
{
    private static readonly Dictionary<string, string[]> QueryWords = new(StringComparer.Ordinal)
    {
        [MusicFigureTypes.Lyrics] = ["lyric", "song", "vocal"],
        [MusicFigureTypes.LeadSheet] = ["chord", "lead sheet", "jazz"],
    };

    private static readonly Dictionary<string, decimal[][]> Rhythms = new(StringComparer.Ordinal)
    {
        ["4/4"] = [[1, 1, 1, 1], [2, 1, 1], [1, 1, 2], [2, 2], [1, 0.5m, 0.5m, 1, 1], [0.5m, 0.5m, 1, 2], [3, 1]],
        ["3/4"] = [[1, 1, 1], [2, 1], [1, 2], [0.5m, 0.5m, 1, 1], [1, 0.5m, 0.5m, 1]],
        ["2/4"] = [[1, 1], [0.5m, 0.5m, 1], [1, 0.5m, 0.5m]],
    };

    private static readonly (string Text, int Low, int High)[] Tempos = [("Adagio", 60, 76), ("Andante", 76, 96), ("Moderato", 96, 112), ("Allegretto", 104, 120), ("Allegro", 120, 150)];

    private static readonly string[] Dynamics = ["p", "mp", "mf", "f"];

    public static ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        var figureType = FigureTypeChoice.Choose(ticket, figureTypes, QueryWords, random);
        var lexicon = MusicLexicon.Default;
        var noun = DomainWords.Pick(ticket.Persona.Text, lexicon.Nouns, 0.8, random);
        var title = random.Pick(lexicon.Patterns).Replace("{Noun}", noun, StringComparison.Ordinal).Replace("{noun}", noun, StringComparison.Ordinal);
        return new ProceduralTopic(figureType, title, new MusicPlan(figureType, title));
    }

    public static MusicSpec Generate(MusicPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        var key = random.Pick(MusicKey.All);
        var time = random.Pick(["4/4", "4/4", "3/4", "2/4"]);
        var beats = decimal.Parse(time[..1], System.Globalization.CultureInfo.InvariantCulture);
        var count = random.Pick([4, 6, 8]);
        var tempo = random.Pick(Tempos);
        var lyrics = plan.FigureType == MusicFigureTypes.Lyrics;
        var chords = plan.FigureType == MusicFigureTypes.LeadSheet;
        var degree = random.Pick([0, 2, 4]);
        var measures = new List<MusicMeasure>();
        for (var m = 0; m < count; m++)
        {
            var last = m == count - 1;
            var rhythm = last ? [beats] : random.Pick(Rhythms[time]);
            var notes = new List<MusicNote>();
            foreach (var length in rhythm)
            {
                degree = last ? 0 : Math.Clamp(degree + random.Pick([-2, -1, -1, 0, 1, 1, 2]), -2, 8);
                var rest = !last && m > 0 && notes.Count > 0 && random.Chance(0.1);
                var lyric = lyrics && !rest ? random.Pick(MusicLexicon.Default.Syllables) : null;
                notes.Add(new MusicNote(rest ? null : key.Pitch(degree), length, lyric));
            }

            var chord = chords ? key.Chord(last ? 0 : random.Pick([0, 3, 4, 5, 1])) : null;
            measures.Add(new MusicMeasure(notes, chord));
        }

        var bpm = random.Next(tempo.Low / 4, (tempo.High / 4) + 1) * 4;
        return new MusicSpec(plan.FigureType, plan.Title, key, time, tempo.Text, bpm, random.Pick(Dynamics), measures);
    }
}
