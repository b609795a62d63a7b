using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Music.Checking;

/// <summary>
/// An independent oracle for sheet-music QA: it reads only the tune's <c>data</c> JSON, parses each question and
/// recomputes the answer (its own pitch ordering, counting and lookups); no production code is used.
/// </summary>
public static class MusicAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The sheet music does not provide this information.";

    private static readonly string[] Summaries = ["Summarize the score.", "Describe what this sheet music shows.", "Write a short summary of the piece."];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        using var doc = JsonDocument.Parse(json);
        var tune = new Tune(doc.RootElement);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return ChoiceAnswers.Check(lines, qa.Answer, stem => Solve(tune, stem));
            }

            if (Summaries.Contains(qa.Question))
            {
                var start = $"This sheet music shows \"{tune.Title}\", a {tune.Measures.Count}-measure melody in {tune.Key} and {tune.Time} time";
                return qa.Answer.StartsWith(start, StringComparison.Ordinal) && qa.Answer.Contains($"from {tune.Lowest} to {tune.Highest}", StringComparison.Ordinal)
                    ? null : $"summary should start '{start}' and give the range: {qa.Answer}";
            }

            var expected = Solve(tune, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string Solve(Tune t, string q)
    {
        Match m;
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        int Bar() => int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) - 1;
        if ((m = Regex.Match(q, @"^(?:How many (?<d>[\w ]+) notes are in the melody\?|Count the (?<d>[\w ]+) notes in the piece\. How many are there\?)$")).Success)
        {
            return N(t.Notes.Count(n => n.Pitch != "rest" && n.Duration == m.Groups["d"].Value));
        }

        if ((m = Regex.Match(q, @"^How many notes (?:\(not counting rests\) are in|are played in) measure (?<m>\d+)\?$")).Success)
        {
            return N(t.Measures[Bar()].Count(n => n.Pitch != "rest"));
        }

        if ((m = Regex.Match(q, @"^(?:What is the first note of measure|Which pitch begins measure) (?<m>\d+)\?$")).Success)
        {
            return t.Measures[Bar()][0].Pitch;
        }

        if ((m = Regex.Match(q, @"^(?:What chord is written above|Which chord symbol appears over) measure (?<m>\d+)\?$")).Success)
        {
            return t.Chords[Bar()] ?? throw new InvalidOperationException("no chord in that measure");
        }

        if ((m = Regex.Match(q, @"^(?:Which syllable is sung on|What lyric is under) the first note of measure (?<m>\d+)\?$")).Success)
        {
            return t.Measures[Bar()][0].Lyric ?? throw new InvalidOperationException("no lyric there");
        }

        if ((m = Regex.Match(q, @"^(?:Is the piece written in (?<t>\d/\d) time|Does the piece use a (?<t>\d/\d) time signature)\?$")).Success)
        {
            return m.Groups["t"].Value == t.Time ? "Yes" : "No";
        }

        if ((m = Regex.Match(q, @"^(?:Does the melody end on|Is the final note of the melody) (?<p>[A-G][#b]?\d)\?$")).Success)
        {
            return t.Notes[^1].Pitch == m.Groups["p"].Value ? "Yes" : "No";
        }

        return q switch
        {
            "What key is the piece in?" or "Which key signature does the melody use?" => t.Key,
            "What is the time signature?" or "In what time signature is the piece written?" => t.Time,
            "How many measures does the melody have?" or "How many bars long is the piece?" => N(t.Measures.Count),
            "What is the highest note in the melody?" or "Which is the highest pitch the melody reaches?" => t.Highest,
            "What is the lowest note in the melody?" or "Which is the lowest pitch in the melody?" => t.Lowest,
            "How many rests does the melody contain?" or "How many rests appear in the piece?" => N(t.Notes.Count(n => n.Pitch == "rest")),
            "What is the tempo in beats per minute?" or "At how many quarter notes per minute should the piece be played?" => N(t.Bpm),
            "What tempo marking is written at the start?" or "Which Italian tempo word appears above the first measure?" => t.Marking,
            "What dynamic marking appears under the first note?" or "Which dynamic is the piece marked to start at?" => t.Dynamic,
            "What is the title of the piece?" or "What is the piece called?" => t.Title,
            "Does the melody contain any rests?" or "Are there any rests in the piece?" => t.Notes.Any(n => n.Pitch == "rest") ? "Yes" : "No",
            "Who composed this piece?" or "What instrument is this melody written for?" or "In what year was this piece first performed?" or
                "Who is the publisher of this score?" => NotAnswerable,
            _ => throw new InvalidOperationException("unrecognised question"),
        };
    }

    private sealed record Note(string Pitch, string Duration, string? Lyric);

    private sealed class Tune
    {
        public Tune(JsonElement root)
        {
            Title = root.GetProperty("title").GetString()!;
            Key = root.GetProperty("key").GetString()!;
            Time = root.GetProperty("time_signature").GetString()!;
            Marking = root.GetProperty("tempo").GetProperty("marking").GetString()!;
            Bpm = root.GetProperty("tempo").GetProperty("bpm").GetInt32();
            Dynamic = root.GetProperty("dynamic").GetString()!;
            var measures = root.GetProperty("measures").EnumerateArray().ToList();
            Chords = [.. measures.Select(x => x.TryGetProperty("chord", out var c) ? c.GetString() : null)];
            Measures = [.. measures.Select(x => x.GetProperty("notes").EnumerateArray()
                .Select(n => new Note(n.GetProperty("pitch").GetString()!, n.GetProperty("duration").GetString()!, n.TryGetProperty("lyric", out var l) ? l.GetString() : null)).ToList())];
            Notes = [.. Measures.SelectMany(x => x)];
            var pitched = Notes.Where(n => n.Pitch != "rest").Select(n => n.Pitch).ToList();
            Highest = pitched.MaxBy(Height)!;
            Lowest = pitched.MinBy(Height)!;
        }

        public string Title { get; }

        public string Key { get; }

        public string Time { get; }

        public string Marking { get; }

        public int Bpm { get; }

        public string Dynamic { get; }

        public List<string?> Chords { get; }

        public List<List<Note>> Measures { get; }

        public List<Note> Notes { get; }

        public string Highest { get; }

        public string Lowest { get; }

        // Semitones above C0: letter position in the octave, accidental, octave.
        private static int Height(string pitch)
        {
            var letter = "C D EF G A B".IndexOf(pitch[0], StringComparison.Ordinal);
            var accidental = pitch.Contains('#', StringComparison.Ordinal) ? 1 : pitch.Length > 2 && pitch[1] == 'b' ? -1 : 0;
            return (int.Parse(pitch[^1..], CultureInfo.InvariantCulture) * 12) + letter + accidental;
        }
    }
}
