using System.Text.Json;
using Cosyn.Llm.Calls;
using Cosyn.Model;

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
