using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Families.Tables.Qa;

namespace Cosyn.Families.Music;

/// <summary>
/// The sheet-music QA stage: from the tune's data it writes six short answers (key, metre, bars, extreme notes, rhythm
/// counts, tempo, chord or lyric of a bar), two multiple choice, a yes/no, an unanswerable question and a summary.
/// </summary>
public static class MusicQaGenerator
{
    /// <summary>The fixed answer of every unanswerable music question.</summary>
    public const string NotAnswerable = "The sheet music does not provide this information.";

    private static readonly Dictionary<string, string> None = [];

    private static readonly string[] TimeSignatures = ["4/4", "3/4", "2/4", "6/8"];

    private static readonly string[] TempoWords = ["Adagio", "Andante", "Moderato", "Allegretto", "Allegro"];

    private static readonly string[] DynamicWords = ["p", "mp", "mf", "f", "ff"];

    public static IReadOnlyList<QaPair> Generate(MusicSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        var bank = ChartQuestionBank.Embedded("Cosyn.Music.MusicQuestions.json");
        string P(string kind, params (string, string)[] slots) => bank.Phrase(kind, random, slots.Length == 0 ? None : slots.ToDictionary(s => s.Item1, s => s.Item2));
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var notes = spec.Notes.Where(n => n.Pitch is not null).ToList();
        var high = notes.MaxBy(n => MusicKey.Midi(n.Pitch!))!.Pitch!;
        var low = notes.MinBy(n => MusicKey.Midi(n.Pitch!))!.Pitch!;
        var pitches = notes.Select(n => n.Pitch!).Distinct().ToList();
        var rests = spec.Notes.Count(n => n.Pitch is null);
        var m = random.Next(spec.Measures.Count);
        var measure = spec.Measures[m];
        var duration = random.Pick(spec.Notes.Where(n => n.Pitch is not null).Select(n => n.Duration).Distinct().ToList());
        var durationCount = notes.Count(n => n.Duration == duration);
        var keys = MusicKey.All.Select(k => k.Name).Where(k => k != spec.Key.Name).ToList();
        var pool = new List<ChartQuestion>
        {
            Short("key", P("key"), $"The key signature ({Signature(spec.Key)}) and the melody's final note {spec.Notes.Last().Pitch} point to {spec.Key.Name}.", spec.Key.Name, random.Sample(keys, 3)),
            Short("time", P("time"), $"The time signature at the start of the staff is {spec.Time}.", spec.Time, TimeSignatures.Where(t => t != spec.Time)),
            Short("measures", P("measures"), $"Counting the bars up to the final double bar line gives {spec.Measures.Count}.", N(spec.Measures.Count), Near(spec.Measures.Count)),
            Short("highest", P("highest"), $"The melody's pitches are {string.Join(", ", pitches)}; the highest is {high}.", high, pitches.Where(p => p != high).OrderByDescending(MusicKey.Midi).Take(3)),
            Short("lowest", P("lowest"), $"The melody's pitches are {string.Join(", ", pitches)}; the lowest is {low}.", low, pitches.Where(p => p != low).OrderBy(MusicKey.Midi).Take(3)),
            Short("duration-count", P("duration-count", ("{duration}", duration)), $"Going bar by bar, the {duration} notes per measure are {string.Join(", ", spec.Measures.Select(x => x.Notes.Count(n => n.Pitch is not null && n.Duration == duration)))}, {durationCount} in total.", N(durationCount), Near(durationCount)),
            Short("rests", P("rests"), rests == 0 ? "No bar contains a rest, so the count is 0." : $"Rests per measure: {string.Join(", ", spec.Measures.Select(x => x.Notes.Count(n => n.Pitch is null)))}, {rests} in total.", N(rests), Near(rests)),
            Short("notes-in-measure", P("notes-in-measure", ("{m}", N(m + 1))), $"Measure {m + 1} holds {string.Join(", ", measure.Notes.Select(n => n.Pitch is null ? $"a {n.Duration} rest" : $"{n.Pitch} ({n.Duration})"))}: {measure.Notes.Count(n => n.Pitch is not null)} note{(measure.Notes.Count(n => n.Pitch is not null) == 1 ? string.Empty : "s")}.", N(measure.Notes.Count(n => n.Pitch is not null)), Near(measure.Notes.Count(n => n.Pitch is not null))),
            Short("bpm", P("bpm"), $"The tempo mark reads \"{spec.TempoText}\" with quarter note = {spec.Bpm}.", N(spec.Bpm), [N(spec.Bpm + 8), N(spec.Bpm - 8), N(spec.Bpm + 16)]),
            Short("tempo-text", P("tempo-text"), $"The tempo mark above the first measure reads \"{spec.TempoText}\".", spec.TempoText, TempoWords.Where(t => t != spec.TempoText).Take(3)),
            Short("dynamic", P("dynamic"), $"The first note carries the dynamic {spec.Dynamic}.", spec.Dynamic, DynamicWords.Where(d => d != spec.Dynamic).Take(3)),
            Short("title", P("title"), $"The title above the staff reads \"{spec.Title}\".", spec.Title, []),
            Short("first-note", P("first-note", ("{m}", N(m + 1))), $"Measure {m + 1} begins with {measure.Notes[0].Pitch}.", measure.Notes[0].Pitch!, pitches.Where(p => p != measure.Notes[0].Pitch).Take(3)),
        };
        if (measure.Chord is not null)
        {
            var chords = spec.Measures.Select(x => x.Chord!).Distinct().Where(c => c != measure.Chord).ToList();
            pool.Add(Short("chord", P("chord", ("{m}", N(m + 1))), $"The chord symbol printed above measure {m + 1} is {measure.Chord}.", measure.Chord, chords.Count >= 2 ? chords : [.. chords, spec.Key.Chord(1), spec.Key.Chord(4)]));
        }

        if (measure.Notes[0].Lyric is { } lyric)
        {
            pool.Add(Short("lyric", P("lyric", ("{m}", N(m + 1))), $"Under the first note of measure {m + 1} ({measure.Notes[0].Pitch}) the lyric reads \"{lyric}\".", lyric, random.Sample(MusicLexicon.Default.Syllables.Where(s => s != lyric).ToList(), 3)));
        }

        random.Shuffle(pool);
        var featured = pool.Where(q => q.Kind is "chord" or "lyric").ToList();
        var choices = pool.Where(q => q.Kind is "key" or "time" or "highest" or "lowest" or "tempo-text" && MultipleChoice.CanConvert(q)).Take(2).ToList();
        var shorts = featured.Concat(pool.Except(featured).Except(choices)).Take(6).ToList();
        var result = new List<ChartQuestion>(shorts);
        result.AddRange(choices.Select(q => MultipleChoice.Convert(q, random)));
        result.Add(YesNo(spec, P, random));
        result.Add(new ChartQuestion(QaFamily.Unanswerable, "unanswerable", new QaPair(P("unanswerable"), "The score shows only the title, the notes and the performance markings; composer, instrument, publisher and history are not printed, so this cannot be answered from the image.", NotAnswerable), []));
        var extra = spec.FigureType switch
        {
            MusicFigureTypes.LeadSheet => $" Chord symbols ({string.Join(", ", spec.Measures.Select(x => x.Chord))}) are written above the staff.",
            MusicFigureTypes.Lyrics => " Lyrics are written under the notes.",
            _ => string.Empty,
        };
        var summary = $"This sheet music shows \"{spec.Title}\", a {spec.Measures.Count}-measure melody in {spec.Key.Name} and {spec.Time} time, marked {spec.TempoText} (quarter note = {spec.Bpm}) and {spec.Dynamic}, ranging from {low} to {high} and ending on {spec.Notes.Last().Pitch}.{extra}";
        result.Add(new ChartQuestion(QaFamily.Summary, "summary", new QaPair(P("summary"), "A summary names the title, length, key, metre, tempo and dynamic, the melody's range and ending, and any chords or lyrics.", summary), []));
        return [.. result.Select(q => q.Typed)];
    }

    private static ChartQuestion YesNo(MusicSpec spec, Func<string, (string, string)[], string> phrase, SeededRandom random)
    {
        var last = spec.Notes.Last().Pitch!;
        switch (random.Next(3))
        {
            case 0:
                var rests = spec.Notes.Count(n => n.Pitch is null);
                return TableQuestions.YesNo("yes-no", phrase("yn-rests", []), $"The melody has {rests} rest{(rests == 1 ? string.Empty : "s")}.", rests > 0);
            case 1:
                var t = random.Pick(["4/4", "3/4", "2/4"]);
                return TableQuestions.YesNo("yes-no", phrase("yn-time", [("{t}", t)]), $"The time signature is {spec.Time}.", t == spec.Time);
            default:
                var asked = random.Chance(0.5) ? last : spec.Key.Pitch(random.Pick([1, 2, 4]));
                return TableQuestions.YesNo("yes-no", phrase("yn-ends-tonic", [("{p}", asked)]), $"The final note of the melody is {last}.", asked == last);
        }
    }

    private static string Signature(MusicKey key) =>
        key.Sharps.Count > 0 ? $"{key.Sharps.Count} sharp{(key.Sharps.Count == 1 ? string.Empty : "s")}"
        : key.Flats.Count > 0 ? $"{key.Flats.Count} flat{(key.Flats.Count == 1 ? string.Empty : "s")}" : "no sharps or flats";

    private static List<string> Near(int n) => [.. new[] { n + 1, n + 2, n - 1, n + 3 }.Where(x => x >= 0 && x != n).Select(x => x.ToString(CultureInfo.InvariantCulture))];

    private static ChartQuestion Short(string kind, string question, string explanation, string answer, IEnumerable<string> distractors) =>
        new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer), [.. distractors.Where(d => d != answer).Distinct()]);
}
