using Cosyn.Quality;
using Cosyn.Store;

namespace Cosyn.Engine;

/// <summary>
/// Decides which finished samples go into <c>samples.jsonl</c> and in what order: each pipeline's first
/// <c>quota</c> successes in plan-index order, skipping any whose image nearly repeats one already written.
/// Because both decisions depend only on indices and images, the same command writes the same bytes however the
/// work interleaved.
/// </summary>
internal sealed class SampleEmitter
{
    private readonly RunPlan _plan;
    private readonly Dictionary<long, (string? Line, ImageHash? Hash)> _pending = [];
    private readonly HashSet<long> _emitted = [];
    private readonly int[] _written;
    private readonly NearDuplicateIndex? _duplicates;
    private long _cursor;

    /// <param name="plan">The run's plan.</param>
    /// <param name="stored">Rows already in the run store.</param>
    /// <param name="duplicates">Index of written images, or null to keep near-duplicates.</param>
    public SampleEmitter(RunPlan plan, IEnumerable<StoredSample> stored, NearDuplicateIndex? duplicates)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _plan = plan;
        _duplicates = duplicates;
        _written = new int[plan.Pipelines.Count];
        foreach (var row in stored)
        {
            var hash = row.ImageHash is null ? (ImageHash?)null : ImageHash.Parse(row.ImageHash);
            if (row.Emitted)
            {
                _emitted.Add(row.Index);
                _written[plan.PipelineOf(row.Index)]++;
                if (hash is { } h)
                {
                    _duplicates?.Add(h, row.Index);
                }
            }
            else
            {
                _pending[row.Index] = row.Status == StoredSampleStatus.Done ? (row.Line, hash) : (null, null);
            }
        }
    }

    /// <summary>Samples of each pipeline in <c>samples.jsonl</c>, in plan order of pipelines.</summary>
    public IReadOnlyList<int> Written => _written;

    /// <summary>Records a terminal sample: its JSON line and image hash, or null when it failed.</summary>
    public void Resolve(long index, string? line, ImageHash? hash) => _pending[index] = (line, hash);

    /// <summary>Lines that can be appended now, in order, marked emitted; and the near-duplicates passed over.</summary>
    public Emission TakeReady()
    {
        var ready = new List<(long, string)>();
        var dropped = new List<DroppedSample>();
        while (_cursor < _plan.End)
        {
            var pipeline = _plan.PipelineOf(_cursor);
            if (_written[pipeline] >= _plan.Quotas[pipeline] || !_plan.WithinBudget(_cursor) || _emitted.Contains(_cursor))
            {
                _cursor++;
                continue;
            }

            if (!_pending.Remove(_cursor, out var finished))
            {
                break;
            }

            if (finished.Line is not null)
            {
                if (finished.Hash is { } hash && _duplicates?.FindNear(hash) is { } original)
                {
                    dropped.Add(new DroppedSample(_cursor, original));
                }
                else
                {
                    ready.Add((_cursor, finished.Line));
                    _emitted.Add(_cursor);
                    _written[pipeline]++;
                    if (finished.Hash is { } h)
                    {
                        _duplicates?.Add(h, _cursor);
                    }
                }
            }

            _cursor++;
        }

        return ready.Count == 0 && dropped.Count == 0 ? Emission.None : new Emission(ready, dropped);
    }
}
