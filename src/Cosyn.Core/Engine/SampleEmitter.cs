using Cosyn.Store;

namespace Cosyn.Engine;

/// <summary>
/// Decides which finished samples go into <c>samples.jsonl</c> and in what order: each pipeline's first
/// <c>quota</c> successes in plan-index order. Because the order depends only on indices, the same command
/// writes the same bytes however the work interleaved.
/// </summary>
internal sealed class SampleEmitter
{
    private readonly RunPlan _plan;
    private readonly Dictionary<long, string?> _pending = [];
    private readonly HashSet<long> _emitted = [];
    private readonly int[] _written;
    private long _cursor;

    public SampleEmitter(RunPlan plan, IEnumerable<StoredSample> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _plan = plan;
        _written = new int[plan.Pipelines.Count];
        foreach (var row in stored)
        {
            if (row.Emitted)
            {
                _emitted.Add(row.Index);
                _written[plan.PipelineOf(row.Index)]++;
            }
            else
            {
                _pending[row.Index] = row.Status == StoredSampleStatus.Done ? row.Line : null;
            }
        }
    }

    /// <summary>Samples of each pipeline in <c>samples.jsonl</c>, in plan order of pipelines.</summary>
    public IReadOnlyList<int> Written => _written;

    /// <summary>Records a terminal sample: its JSON line, or null when it failed.</summary>
    public void Resolve(long index, string? line) => _pending[index] = line;

    /// <summary>Lines that can be appended now, in order; marks them emitted.</summary>
    public IReadOnlyList<(long Index, string Line)> TakeReady()
    {
        var ready = new List<(long, string)>();
        while (_cursor < _plan.End)
        {
            var pipeline = _plan.PipelineOf(_cursor);
            if (_written[pipeline] >= _plan.Quotas[pipeline] || !_plan.WithinBudget(_cursor) || _emitted.Contains(_cursor))
            {
                _cursor++;
                continue;
            }

            if (!_pending.Remove(_cursor, out var line))
            {
                break;
            }

            if (line is not null)
            {
                ready.Add((_cursor, line));
                _emitted.Add(_cursor);
                _written[pipeline]++;
            }

            _cursor++;
        }

        return ready;
    }
}
