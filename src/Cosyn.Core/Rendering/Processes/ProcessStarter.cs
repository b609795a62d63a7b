using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cosyn.Rendering.Processes;

/// <summary>
/// Starts processes from one dedicated thread that lives as long as the app. Linux delivers a child's
/// parent-death signal (bwrap's <c>--die-with-parent</c>) when the <em>thread</em> that forked it exits, and
/// thread-pool threads retire when idle: a sandbox started from one would be killed mid-job at random.
/// </summary>
internal static class ProcessStarter
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource<Exception?> Done)> Queue = [];

    static ProcessStarter()
    {
        var thread = new Thread(Loop) { IsBackground = true, Name = "cosyn-process-starter" };
        thread.Start();
    }

    /// <summary>Starts <paramref name="process"/> on the starter thread; rethrows what <see cref="Process.Start()"/> threw.</summary>
    public static void Start(Process process)
    {
        var done = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Queue.Add((process, done));
        if (done.Task.GetAwaiter().GetResult() is { } error)
        {
            throw error;
        }
    }

    private static void Loop()
    {
        foreach (var (process, done) in Queue.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                done.SetResult(null);
            }
            catch (Exception ex)
            {
                done.SetResult(ex);
            }
        }
    }
}
