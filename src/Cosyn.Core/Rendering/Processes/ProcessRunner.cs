using System.Diagnostics;

namespace Cosyn.Rendering.Processes;

/// <summary><see cref="IProcessRunner"/> over <see cref="Process"/>; kills the whole tree on timeout or cancellation.</summary>
public sealed class ProcessRunner(TimeProvider timeProvider) : IProcessRunner
{
    /// <summary>A runner on the system clock.</summary>
    public ProcessRunner()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc/>
    public async Task<ProcessRunResult> RunAsync(ProcessSpec spec, ProcessRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        var started = timeProvider.GetTimestamp();
        var stdout = new BoundedText(options.MaxCapturedChars);
        var stderr = new BoundedText(options.MaxCapturedChars);
        using var process = new Process { StartInfo = StartInfoFactory.Create(spec) };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        try
        {
            await ProcessStartThread.StartAsync(process).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new ProcessRunResult(-1, "", "", false, timeProvider.GetElapsedTime(started)) { StartError = ex.Message };
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);

        // Written concurrently and under the timeout: a child that does not read a large input would otherwise
        // block the write, and the whole run, forever.
        var input = WriteInputAsync(process, options.StandardInput, linked.Token);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            StartInfoFactory.KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        // Drain the pipes; a killed tree closes them promptly.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        await input.ConfigureAwait(false);
        var exitCode = timedOut ? -1 : process.ExitCode;
        return new ProcessRunResult(exitCode, stdout.ToString(), stderr.ToString(), timedOut, timeProvider.GetElapsedTime(started));
    }

    private static void Append(BoundedText buffer, string? line)
    {
        if (line is not null)
        {
            buffer.AppendLine(line);
        }
    }

    private static async Task WriteInputAsync(Process process, string? input, CancellationToken cancellationToken)
    {
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child exited without reading its input; its exit code tells the story.
        }
        catch (OperationCanceledException)
        {
            // Timed out or cancelled while writing; the caller kills the tree and reports it.
        }
    }
}
