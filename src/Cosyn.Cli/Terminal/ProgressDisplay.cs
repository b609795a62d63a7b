using System.Globalization;
using Cosyn.Engine;
using Cosyn.Llm.Accounting;
using Spectre.Console;

namespace Cosyn.Cli.Terminal;

/// <summary>Shows a run's progress: live bars on a terminal, a plain line every few seconds when output is redirected.</summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <param name="llmUsage">The run's LLM usage ledger, shown as one more line (calls, tokens, cost); null without an LLM.</param>
    /// <param name="llmStatus">A provider's trouble ("openai unavailable since 06:14 UTC, next try in 40 s"), appended to the LLM line; null while all is well.</param>
    public static async Task<T> RunAsync<T>(TextWriter output, RunProgress progress, Func<Task<T>> work, LlmUsageLedger? llmUsage = null, Func<string?>? llmStatus = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ConsoleFactory.IsInteractive(output)
            ? await LiveAsync(output, progress, work, llmUsage, llmStatus).ConfigureAwait(false)
            : await PlainAsync(output, progress, work, llmUsage, llmStatus).ConfigureAwait(false);
    }

    private static string LlmLine(LlmUsageLedger usage, Func<string?>? status) =>
        LlmUsageLine.Format(usage.Totals) + (status?.Invoke() is { } trouble ? " | " + trouble : string.Empty);

    private static async Task<T> LiveAsync<T>(TextWriter output, RunProgress progress, Func<Task<T>> work, LlmUsageLedger? llmUsage, Func<string?>? llmStatus)
    {
        var console = ConsoleFactory.For(output);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = work();
                var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var llmLine = llmUsage is null ? null : context.AddTask(string.Empty, autoStart: false);
                while (!task.IsCompleted)
                {
                    foreach (var p in progress.Snapshot())
                    {
                        if (!bars.TryGetValue(p.Pipeline, out var bar))
                        {
                            bar = bars[p.Pipeline] = context.AddTask(Markup.Escape(p.Pipeline), maxValue: Math.Max(1, p.Target));
                        }

                        bar.Value = p.Written;
                        bar.Description = Markup.Escape($"{p.Pipeline} {p.Written}/{p.Target}" + (p.Failed > 0 ? $" ({p.Failed} failed)" : string.Empty));
                    }

                    if (llmLine is not null)
                    {
                        llmLine.Description = Markup.Escape(LlmLine(llmUsage!, llmStatus));
                    }

                    await Task.WhenAny(task, Task.Delay(200)).ConfigureAwait(false);
                }

                return await task.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static async Task<T> PlainAsync<T>(TextWriter output, RunProgress progress, Func<Task<T>> work, LlmUsageLedger? llmUsage, Func<string?>? llmStatus)
    {
        var started = DateTimeOffset.UtcNow;
        var task = work();
        while (await Task.WhenAny(task, Task.Delay(PlainInterval)).ConfigureAwait(false) != task)
        {
            var elapsed = DateTimeOffset.UtcNow - started;
            var parts = progress.Snapshot().Select(p => $"{p.Pipeline} {p.Written}/{p.Target}" + (p.Failed > 0 ? $" ({p.Failed} failed)" : string.Empty));
            var llm = llmUsage is null ? string.Empty : " | " + LlmLine(llmUsage, llmStatus);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[{elapsed:hh\\:mm\\:ss}] {string.Join(", ", parts)}{llm}")).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }
}
