using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Music;

/// <summary>
/// Writes a tune's <c>data</c> text, the JSON an LLM would write for a short score:
/// <code>
/// {"title", "key": "G major", "time_signature": "3/4", "tempo": {"marking", "bpm"}, "dynamic": "mf",
///  "measures": [{"chord"?: "Em", "notes": [{"pitch": "F#4" | "rest", "duration": "quarter", "lyric"?: "sun"}]}]}
/// </code>
/// </summary>
public static class MusicJson
{
    public static string Write(MusicSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return DataJson.Serialize(new Dictionary<string, object>
        {
            ["title"] = spec.Title,
            ["key"] = spec.Key.Name,
            ["time_signature"] = spec.Time,
            ["tempo"] = new Dictionary<string, object> { ["marking"] = spec.TempoText, ["bpm"] = spec.Bpm },
            ["dynamic"] = spec.Dynamic,
            ["measures"] = spec.Measures.Select(Measure).ToList(),
        });
    }

    private static Dictionary<string, object> Measure(MusicMeasure measure)
    {
        var json = new Dictionary<string, object>();
        if (measure.Chord is not null)
        {
            json["chord"] = measure.Chord;
        }

        json["notes"] = measure.Notes.Select(Note).ToList();
        return json;
    }

    private static Dictionary<string, object> Note(MusicNote note)
    {
        var json = new Dictionary<string, object> { ["pitch"] = note.Pitch ?? "rest", ["duration"] = note.Duration };
        if (note.Lyric is not null)
        {
            json["lyric"] = note.Lyric;
        }

        return json;
    }
}
