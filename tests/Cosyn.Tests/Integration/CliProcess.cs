using System.Diagnostics;

namespace Cosyn.Tests.Integration;

/// <summary>Runs the real CLI (the cosyn.dll built next to the tests) as a child process.</summary>
internal static class CliProcess
{
    /// <summary>
    /// The CLI's own build output (artifacts/bin/Cosyn.Cli/&lt;config&gt;), as <c>./cosyn</c> runs it. The copy next to the
    /// tests lacks the Microsoft.Extensions assemblies the ASP.NET framework reference (the fake LLM servers) supplies
    /// to the tests, so an LLM run from there fails to load them; it is the fallback for other layouts.
    /// </summary>
    internal static string CliPath
    {
        get
        {
            var testsFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var own = Path.Combine(testsFolder.Parent!.Parent!.FullName, "Cosyn.Cli", testsFolder.Name, "cosyn.dll");
            return File.Exists(own) ? own : Path.Combine(AppContext.BaseDirectory, "cosyn.dll");
        }
    }

    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the CLI with extra environment variables (e.g. an API key).</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // Through python3, which puts SIGINT back to its default before exec'ing dotnet: a test run started in the
        // background by a non-interactive shell (`./test &`) ignores SIGINT, children inherit that, and .NET then
        // installs no handler, so the Ctrl+C test would see a run that never stops.
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
    }

    /// <summary>Runs to completion and returns exit code and output.</summary>
    public static Task<(int Code, string Stdout, string Stderr)> RunAsync(TimeSpan timeout, params string[] args) =>
        RunAsync(timeout, new Dictionary<string, string>(), args);

    /// <summary>Runs to completion with extra environment variables and returns exit code and output.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
