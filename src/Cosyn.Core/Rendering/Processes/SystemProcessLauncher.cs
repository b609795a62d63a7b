using System.Diagnostics;

namespace Cosyn.Rendering.Processes;

/// <summary><see cref="IProcessLauncher"/> that starts real operating-system processes.</summary>
public sealed class SystemProcessLauncher : IProcessLauncher
{
    /// <inheritdoc/>
    public ILineProcess? Start(ProcessSpec spec, out string? error)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var process = new Process { StartInfo = StartInfoFactory.Create(spec) };
        try
        {
            ProcessStartThread.Start(process);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            error = $"cannot start {spec.FileName}: {ex.Message}";
            return null;
        }

        error = null;
        return new SystemLineProcess(process);
    }
}
