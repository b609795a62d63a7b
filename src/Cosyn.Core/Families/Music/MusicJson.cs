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
        var text = DataJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", spec.Title);
            json.WriteString("key", spec.Key.Name);
            json.WriteString("time_signature", spec.Time);
            json.WriteStartObject("tempo");
            json.WriteString("marking", spec.TempoText);
            json.WriteNumber("bpm", spec.Bpm);
            json.WriteEndObject();
            json.WriteString("dynamic", spec.Dynamic);
            json.WriteStartArray("measures");
            foreach (var measure in spec.Measures)
            {
                json.WriteStartObject();
                if (measure.Chord is not null)
                {
                    json.WriteString("chord", measure.Chord);
                }

                json.WriteStartArray("notes");
                foreach (var note in measure.Notes)
                {
                    json.WriteStartObject();
                    json.WriteString("pitch", note.Pitch ?? "rest");
                    json.WriteString("duration", note.Duration);
                    if (note.Lyric is not null)
                    {
                        json.WriteString("lyric", note.Lyric);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

        return text;
    }
}
