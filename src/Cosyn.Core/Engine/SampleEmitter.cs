using Cosyn.Quality;
using Cosyn.Store;

namespace Cosyn.Engine;

/// <summary>
/// Decides which finished samples go into <c>samples.jsonl</c> and in what order: walking the slots in plan order
/// (a shard's own slots only), each slot writes its first successful attempt whose image does not nearly repeat one
/// already written, or nothing once its attempts are used up. Because both decisions depend only on indices and
/// images, the same command writes the same bytes however the work interleaved.
/// </summary>
internal sealed class SampleEmitter
{
    private readonly RunPlan _plan;
    private readonly ShardSpec? _shard;
    private readonly Dictionary<long, (string? Line, ImageHash? Hash)> _pending = [];
    private readonly HashSet<long> _emitted = [];
    private readonly int[] _written;
    private readonly NearDuplicateIndex? _duplicates;
    private long _cursor;
    private int _attempt;

    /// <param name="plan">The run's plan.</param>
    /// <param name="stored">Rows already in the run store.</param>
    /// <param name="duplicates">Index of written images, or null to keep near-duplicates.</param>
    /// <param name="shard">The shard this run computes, or null for the whole plan.</param>
    public SampleEmitter(RunPlan plan, IEnumerable<StoredSample> stored, NearDuplicateIndex? duplicates, ShardSpec? shard = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _plan = plan;
        _shard = shard;
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

    /// <summary>Whether every slot is decided (written or out of attempts): nothing more will be planned.</summary>
    public bool Finished => _cursor >= _plan.End;

    /// <summary>Records a terminal sample: its JSON line and image hash, or null when it failed.</summary>
    public void Resolve(long index, string? line, ImageHash? hash) => _pending[index] = (line, hash);

    /// <summary>Lines that can be appended now, in order, marked emitted; and the near-duplicates passed over.</summary>
    public Emission TakeReady()
    {
        var ready = new List<(long, string)>();
        var dropped = new List<DroppedSample>();
        while (_cursor < _plan.End)
        {
            if (!_plan.IsSlot(_cursor) || _shard?.Owns(_plan, _cursor) == false)
            {
                NextSlot();
                continue;
            }

            var index = RunPlan.IndexOf(_cursor, _attempt);
            if (_emitted.Contains(index))
            {
                NextSlot();
                continue;
            }

            if (!_pending.Remove(index, out var finished))
            {
                break;
            }

            if (finished.Line is null)
            {
                NextAttempt();
            }
            else if (finished.Hash is { } hash && _duplicates?.FindNear(hash) is { } original)
            {
                dropped.Add(new DroppedSample(index, original));
                NextAttempt();
            }
            else
            {
                ready.Add((index, finished.Line));
                _emitted.Add(index);
                _written[_plan.PipelineOf(index)]++;
                if (finished.Hash is { } h)
                {
                    _duplicates?.Add(h, index);
                }

                NextSlot();
            }
        }

        return ready.Count == 0 && dropped.Count == 0 ? Emission.None : new Emission(ready, dropped);
    }

    private void NextAttempt()
    {
        if (++_attempt >= _plan.AttemptsPerSlot)
        {
            NextSlot();
        }
    }

    private void NextSlot()
    {
        _cursor++;
        _attempt = 0;
    }
}
