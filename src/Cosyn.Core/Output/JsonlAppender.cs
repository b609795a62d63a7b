using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>
/// Appends whole lines to <c>samples.jsonl</c> durably. On open the file is cut back to the length the run
/// store committed, so a line half-written before a crash never survives and is written again in full.
/// </summary>
public sealed class JsonlAppender : IDisposable
{
    public const string FileName = "samples.jsonl";
    private readonly FileStream _stream;

    private JsonlAppender(FileStream stream) => _stream = stream;

    /// <summary>Current length in bytes: everything up to here is complete lines.</summary>
    public long Length => _stream.Length;

    /// <summary>Opens the file in <paramref name="folder"/>, truncated to <paramref name="committedBytes"/>.</summary>
    public static JsonlAppender Open(string folder, long committedBytes)
    {
        var path = Path.Combine(folder, FileName);
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length < committedBytes)
        {
            stream.Dispose();
            throw new RunStoreException($"{path} is shorter than the run store records ({committedBytes} bytes); it was edited or replaced, so this folder cannot be resumed safely");
        }

        stream.SetLength(committedBytes);
        stream.Seek(0, SeekOrigin.End);
        return new JsonlAppender(stream);
    }

    /// <summary>Appends the lines and flushes them to disk before returning.</summary>
    public void Append(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        _stream.Write(bytes);
        _stream.Flush(flushToDisk: true);
    }

    public void Dispose() => _stream.Dispose();
}
