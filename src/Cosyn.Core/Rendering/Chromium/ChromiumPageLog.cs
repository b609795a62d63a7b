using System.Collections.Concurrent;

namespace Cosyn.Rendering.Chromium;

/// <summary>What a page said during one render: JS errors, console errors and the requests we blocked.</summary>
internal sealed class ChromiumPageLog
{
    private const int MaxEntries = 50;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _blocked = new();

    public IReadOnlyList<string> Errors => [.. _errors];

    public IReadOnlyList<string> Blocked => [.. _blocked];

    public void Reset()
    {
        _errors.Clear();
        _blocked.Clear();
    }

    public void Error(string message) => Add(_errors, message);

    public void Block(string url) => Add(_blocked, url.Length > 200 ? url[..200] + "..." : url);

    /// <summary>Errors then blocked requests, bounded, for a failure's excerpt.</summary>
    public string Excerpt() =>
        LogExcerpt.Tail(string.Join('\n', Errors.Concat(Blocked.Select(u => "blocked request (no network): " + u))));

    private static void Add(ConcurrentQueue<string> queue, string entry)
    {
        // A page can log in a loop; the first entries are the useful ones.
        if (queue.Count < MaxEntries)
        {
            queue.Enqueue(entry);
        }
    }
}
