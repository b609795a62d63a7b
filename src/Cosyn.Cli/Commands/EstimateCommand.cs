using System.CommandLine;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn estimate</c>: calls, tokens and cost of a <c>generate</c> run before making it; the same flags.</summary>
public static class EstimateCommand
{
    /// <param name="environment">Reads environment variables (no API key is needed: nothing is sent).</param>
    public static Command Create(Func<string, string?> environment) =>
        GenerateCommand.Build(
            "estimate",
            "Estimate the LLM calls, tokens and cost (online and --batch) of the same 'generate' command; sends nothing",
            needsOutput: false,
            (request, output, error) => EstimateRunner.RunAsync(request, output, error, environment));
}
