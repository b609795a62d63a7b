namespace Cosyn.Rendering.Processes;

/// <summary>Collects text up to a bound, keeping the head and the tail: errors tend to be at one end or the other.</summary>
public sealed class BoundedText
{
    private readonly int _half;
    private readonly StringBuilder _head = new();
    private readonly StringBuilder _tail = new();
    private readonly Lock _gate = new();
    private long _dropped;

    /// <summary>Creates a buffer keeping at most <paramref name="maxChars"/> characters.</summary>
    public BoundedText(int maxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        _half = maxChars / 2;
    }

    /// <summary>Appends one line (a newline is added).</summary>
    public void AppendLine(string line)
    {
        lock (_gate)
        {
            var text = line + "\n";
            var room = _half - _head.Length;
            if (room > 0)
            {
                var take = Math.Min(room, text.Length);
                _head.Append(text, 0, take);
                text = text[take..];
            }

            _tail.Append(text);
            if (_tail.Length > _half)
            {
                var excess = _tail.Length - _half;
                _tail.Remove(0, excess);
                _dropped += excess;
            }
        }
    }

    /// <summary>The last characters only (at most half the bound).</summary>
    public string Tail()
    {
        lock (_gate)
        {
            var all = _head.ToString() + _tail;
            return all.Length <= _half ? all : all[^_half..];
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        lock (_gate)
        {
            return _dropped == 0
                ? _head.ToString() + _tail
                : $"{_head}\n[... {_dropped} characters elided ...]\n{_tail}";
        }
    }
}
