using System.Collections.Concurrent;
using System.Diagnostics;
using Cosyn.Rendering;

namespace Cosyn.Bench.Scale;

/// <summary>A registry decorator that times every render per tool (wall time and the layout measure inside it).</summary>
internal sealed class TimedRenderers(IRendererRegistry inner) : IRendererRegistry
{
    private readonly ConcurrentDictionary<string, TimedRenderer> _renderers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Tools => inner.Tools;

    /// <summary>Per tool: renders, seconds and layout-measure seconds so far.</summary>
    public IReadOnlyList<ToolTime> Times => [.. _renderers.Values.Select(r => r.Snapshot()).OrderByDescending(t => t.Seconds)];

    public IRenderer Get(string tool) => _renderers.GetOrAdd(tool, t => new TimedRenderer(inner.Get(t)));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class TimedRenderer(IRenderer inner) : IRenderer
    {
        private readonly Lock _gate = new();
        private int _renders;
        private double _seconds;
        private double _layoutSeconds;

        public string Tool => inner.Tool;

        public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await inner.RenderAsync(request, cancellationToken).ConfigureAwait(false);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            lock (_gate)
            {
                _renders++;
                _seconds += seconds;
                _layoutSeconds += result.Layout?.MeasureTime.TotalSeconds ?? 0;
            }

            return result;
        }

        public ToolTime Snapshot()
        {
            lock (_gate)
            {
                return new ToolTime(inner.Tool, _renders, _seconds, _layoutSeconds);
            }
        }

        // The inner registry owns the renderer's lifetime.
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
