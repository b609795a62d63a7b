using System.CommandLine;
using Cosyn.Cli.Commands;

namespace Cosyn.Cli;

/// <summary>The command-line host: builds the command tree, turns parse errors into one line, runs the chosen command.</summary>
public static class CosynCli
{
    /// <summary>Runs the CLI and returns the process exit code.</summary>
    /// <param name="environment">Reads environment variables (API keys); the process environment by default, a fake in tests.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, Func<string, string?>? environment = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("cosyn: code-guided synthetic text-rich image instruction data (CoSyn)")
        {
            GenerateCommand.Create(environment ?? Environment.GetEnvironmentVariable),
            EstimateCommand.Create(environment ?? Environment.GetEnvironmentVariable),
            DemoCommand.Create(),
            PipelinesCommand.Create(),
            RenderCommand.Create(),
            RouteCommand.Create(),
            PromptsCommand.Create(),
            ExportCommand.Create(),
            ReportCommand.Create(),
            MergeCommand.Create(),
            CheckCommand.Create(),
            EvalCommand.Create(),
            BenchmarkCommand.Create(environment ?? Environment.GetEnvironmentVariable),
            PredictCommand.Create(environment ?? Environment.GetEnvironmentVariable),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command;
            var name = command == root ? "cosyn" : $"cosyn {command.Name}";
            // An unrecognised token explains more than the "required command" error it causes.
            var first = parse.Errors.FirstOrDefault(e => e.Message.Contains("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            await error.WriteLineAsync($"error: {first.Message} (see '{name} --help')").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,

            // Ctrl+C is handled by the commands themselves so a run can stop cleanly and save its work.
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(configuration, CancellationToken.None).ConfigureAwait(false);
    }
}
