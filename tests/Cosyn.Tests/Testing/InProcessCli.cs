using Cosyn.Cli;

namespace Cosyn.Tests.Testing;

/// <summary>Runs the CLI in-process and captures its output.</summary>
internal static class InProcessCli
{
    public static Task<CliOutput> RunAsync(params string[] args) => RunAsync(args, environment: null);

    /// <summary>Runs with <paramref name="environment"/> standing in for the process environment (null: the real one).</summary>
    public static async Task<CliOutput> RunAsync(string[] args, Func<string, string?>? environment)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(args, stdout, stderr, environment);
        return new CliOutput(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command line written with single spaces between its arguments.</summary>
    public static Task<CliOutput> RunLineAsync(string commandLine, Func<string, string?>? environment = null) =>
        RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), environment);
}
