using System.Collections.Concurrent;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// What the preamble formats did for a renderer: compiles that used a format, formats built, and compiles that
/// fell back to a full compile, counted by reason. A fallback never fails a sample, so this is where it shows.
/// </summary>
public sealed class LatexFormatStats
{
    private readonly ConcurrentDictionary<string, int> _fallbacks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _details = new(StringComparer.Ordinal);
    private int _hits;
    private int _builds;
    private int _dropped;
    private string? _lastDropped;

    /// <summary>Documents compiled against a format (their preamble was not read).</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Formats this renderer built and published.</summary>
    public int Builds => Volatile.Read(ref _builds);

    /// <summary>Formats found damaged (hash mismatch) or that pdflatex could not load, and so removed from the cache.</summary>
    public int DroppedFormats => Volatile.Read(ref _dropped);

    /// <summary>Why the latest format was dropped, or null.</summary>
    public string? LastDropped => Volatile.Read(ref _lastDropped);

    /// <summary>Documents compiled from scratch although formats are on, by reason (see <see cref="LatexFormatFallback"/>).</summary>
    public IReadOnlyDictionary<string, int> Fallbacks => new SortedDictionary<string, int>(_fallbacks, StringComparer.Ordinal);

    /// <summary>All fallbacks, whatever the reason.</summary>
    public int FallbackCount => _fallbacks.Values.Sum();

    internal void Hit() => Interlocked.Increment(ref _hits);

    internal void Built() => Interlocked.Increment(ref _builds);

    /// <summary>The latest detail seen for each fallback reason (the failure's message), for a log or a bench line.</summary>
    public IReadOnlyDictionary<string, string> LastDetails => new SortedDictionary<string, string>(_details, StringComparer.Ordinal);

    internal void Dropped(string why)
    {
        Interlocked.Increment(ref _dropped);
        Volatile.Write(ref _lastDropped, why);
    }

    internal void FellBack(string reason, string? detail)
    {
        _fallbacks.AddOrUpdate(reason, 1, (_, n) => n + 1);
        if (detail is not null)
        {
            _details[reason] = detail;
        }
    }
}
