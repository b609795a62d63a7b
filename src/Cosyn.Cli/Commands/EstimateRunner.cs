using Cosyn.Cli.Terminal;
using Cosyn.Engine;
using Cosyn.Estimate;
using Cosyn.Hosting;
using Cosyn.Personas;
using Cosyn.Routing;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Cli.Commands;

/// <summary>Validates the <c>generate</c> flags, plans the run as <c>generate</c> would, estimates it and prints the table.</summary>
public static class EstimateRunner
{
    /// <summary>Attempts per plan slot, as the engine plans them (<see cref="RunOptions.AttemptsPerSample"/>'s default).</summary>
    private const int AttemptsPerSample = 3;

    public static async Task<int> RunAsync(GenerateRequest request, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            // Nothing is sent, so a missing key is no reason to refuse.
            var llm = LlmFlagsParser.Parse(request.Llm ?? LlmFlags.None, name => environment(name) ?? "not-needed-for-estimate")
                ?? throw new UserInputException("estimate needs --provider and --model: the models decide the tokens and the prices");
            var callOptions = (request.LlmCalls ?? LlmCallFlags.Defaults).ToOptions(builtInPrices: llm.Provider is Hosting.Llm.LlmProviders.OpenAi or Hosting.Llm.LlmProviders.Anthropic, batchProvider: llm.Provider);
            var count = request.Count is > 0 and <= GenerateRunner.MaxCount ? request.Count : throw new UserInputException($"--count must be between 1 and {GenerateRunner.MaxCount}, got {request.Count}");
            var seed = request.Seed >= 0 ? request.Seed : throw new UserInputException($"--seed must be zero or positive, got {request.Seed}");
            var entries = await GenerateRunner.PlanAsync(request, LlmSynthesizer.SupportsPipeline, true, OfflineQueryRouter.Default, output).ConfigureAwait(false);
            var personas = CosynDefaults.Personas(request.PersonasFile, seed);
            var estimate = RunEstimator.Estimate(new RunPlan(entries, count, AttemptsPerSample), count, seed, personas, request.Query, llm, callOptions.Prices, CosynDefaults.Synthesizer);
            EstimateTable.Write(output, estimate, llm.Provider, seed, callOptions.Batch is not null);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UserInputException or PersonaFileException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}
