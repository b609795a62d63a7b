using System.Text.Json;

namespace Cosyn.Evaluation.Prediction;

/// <summary>
/// Appends <c>{"id", "prediction"}</c> lines to a predictions file, flushed per line, and knows the ids it already
/// holds, so an interrupted <c>predict</c> resumes where it stopped. A last line cut short by a kill is dropped on open.
/// </summary>
public sealed class PredictionsAppender : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public PredictionsAppender(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Existing = File.Exists(path) ? ReadExisting(path) : new HashSet<string>(StringComparer.Ordinal);
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
    }

    /// <summary>Ids the file held when it was opened.</summary>
    public IReadOnlySet<string> Existing { get; }

    public void Append(string id, string prediction)
    {
        var line = JsonSerializer.Serialize(new { id, prediction }, CosynJson.Compact);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose() => _writer.Dispose();

    private static HashSet<string> ReadExisting(string path)
    {
        var text = File.ReadAllText(path);
        var complete = text.LastIndexOf('\n') + 1;
        if (complete < text.Length)
        {
            // The partial last line of a killed session: cut it so the next line starts clean.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(Encoding.UTF8.GetByteCount(text.AsSpan(0, complete)));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value)
                {
                    ids.Add(value);
                }
            }
            catch (JsonException ex)
            {
                throw new EvaluationInputException($"{path} has a line that is not JSON ({ex.Message.Split('.')[0]}); it is not a predictions file to resume", ex);
            }
        }

        return ids;
    }
}
