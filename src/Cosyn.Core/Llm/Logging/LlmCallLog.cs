using System.Text.Json;
using Cosyn.Llm.Calls;

namespace Cosyn.Llm.Logging;

/// <summary>
/// Appends one JSON line per LLM call to <c>llm-calls.jsonl</c> in the run folder (opened on first call, appended
/// across sessions), flushed per line so a killed run keeps every finished call's record.
/// </summary>
public sealed class LlmCallLog(string folder) : IDisposable
{
    public const string FileName = "llm-calls.jsonl";
    private readonly Lock _gate = new();
    private StreamWriter? _writer;

    /// <summary>
    /// The calls earlier sessions logged in <paramref name="folder"/>, so a resumed run's totals cover the whole run.
    /// A line cut short by a kill is skipped.
    /// </summary>
    public static IEnumerable<LlmCallRecord> ReadExisting(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var line in File.ReadLines(path))
        {
            LlmCallRecord? call = null;
            try
            {
                call = JsonSerializer.Deserialize<LlmCallRecord>(line, CosynJson.Compact);
            }
            catch (JsonException)
            {
                // A partial last line from a killed session: that call's response, if any, is in the cache anyway.
            }

            if (call is not null)
            {
                yield return call;
            }
        }
    }

    public void Write(LlmCallRecord call)
    {
        var line = JsonSerializer.Serialize(call, CosynJson.Compact);
        lock (_gate)
        {
            _writer ??= Open();
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private StreamWriter Open()
    {
        Directory.CreateDirectory(folder);
        var stream = new FileStream(Path.Combine(folder, FileName), FileMode.Append, FileAccess.Write, FileShare.Read);
        return new StreamWriter(stream) { NewLine = "\n" };
    }
}
