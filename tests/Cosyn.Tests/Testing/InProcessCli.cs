using Cosyn.Cli;

namespace Cosyn.Tests.Output.Export;

/// <summary>Runs the CLI in-process and captures its output.</summary>
internal static class InProcessCli
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
