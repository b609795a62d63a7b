using System.Diagnostics;

namespace Cosyn.Rendering.Processes;

/// <summary>Turns a <see cref="ProcessSpec"/> into redirected <see cref="ProcessStartInfo"/> with a clean environment.</summary>
internal static class StartInfoFactory
{
    public static ProcessStartInfo Create(ProcessSpec spec)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (spec.WorkingDirectory is not null)
        {
            info.WorkingDirectory = spec.WorkingDirectory;
        }

        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Never leak the parent's environment (API keys) into untrusted code.
        info.Environment.Clear();
        foreach (var (key, value) in spec.Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>Kills a process and its descendants, ignoring the races of a process that is already gone.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited or never started.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exited between the check and the signal.
        }
    }
}
