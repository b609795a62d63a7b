using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Cosyn.Rendering.Processes;

/// <summary>
/// Starts processes from one dedicated thread that never exits. bwrap's <c>--die-with-parent</c> is
/// PR_SET_PDEATHSIG, which fires when the *thread* that forked the child exits, not the process: started from a
/// thread-pool thread, a sandbox was SIGKILLed (exit 137) whenever that thread retired, at random.
/// </summary>
internal static class ProcessStartThread
{
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource<ExceptionDispatchInfo?> Done)> Requests = [];

    static ProcessStartThread()
    {
        new Thread(Loop) { IsBackground = true, Name = "cosyn-process-start" }.Start();
    }

    /// <summary>Starts <paramref name="process"/> on the dedicated thread; throws what <see cref="Process.Start()"/> throws.</summary>
    public static async Task StartAsync(Process process)
    {
        var done = new TaskCompletionSource<ExceptionDispatchInfo?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((process, done));
        (await done.Task.ConfigureAwait(false))?.Throw();
    }

    /// <summary>Blocking form of <see cref="StartAsync"/> for synchronous callers (a fork takes milliseconds).</summary>
    public static void Start(Process process) => StartAsync(process).GetAwaiter().GetResult();

    private static void Loop()
    {
        foreach (var (process, done) in Requests.GetConsumingEnumerable())
        {
            try
            {
                process.Start();
                done.SetResult(null);
            }
#pragma warning disable CA1031 // Not swallowed: handed to the caller, who rethrows it; this thread must survive.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetResult(ExceptionDispatchInfo.Capture(ex));
            }
        }
    }
}
