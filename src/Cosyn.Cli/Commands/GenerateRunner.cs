using Cosyn.Personas;
using Cosyn.Hosting;
using Cosyn.Cli.Terminal;
using Cosyn.Engine;
using Cosyn.Pipelines;
using Cosyn.Store;

namespace Cosyn.Cli.Commands;

/// <summary>Validates a <see cref="GenerateRequest"/>, runs the engine with live progress, prints the summary.</summary>
public static class GenerateRunner
{
    /// <summary>Largest count accepted in one invocation; guards against typos like an extra zero of zeros.</summary>
    public const int MaxCount = 10_000_000;

    public static async Task<int> RunAsync(GenerateRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var options = new RunOptions
            {
                Pipelines = ParsePipelines(request.Pipelines),
                Count = request.Count is > 0 and <= MaxCount ? request.Count : throw new UserInputException($"--count must be between 1 and {MaxCount}, got {request.Count}"),
                OutputFolder = request.Output,
                Seed = request.Seed >= 0 ? request.Seed : throw new UserInputException($"--seed must be zero or positive, got {request.Seed}"),
                Concurrency = request.Concurrency is > 0 and <= 256 ? request.Concurrency : throw new UserInputException($"--concurrency must be between 1 and 256, got {request.Concurrency}"),
            };
            var personas = CosynDefaults.Personas(request.PersonasFile, request.Seed);

            // Validated before any work so a bad flag or price file fails with one line; the LLM synthesizer's
            // LlmCallServices take these options (the procedural synthesizer makes no calls).
            _ = (request.LlmCalls ?? LlmCallFlags.Defaults).ToOptions();

            using var stop = new StopSignal();
            await using var renderers = CosynDefaults.CreateRenderers(options.Concurrency);
            var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
            var progress = new RunProgress();
            var result = await ProgressDisplay.RunAsync(output, progress, () => engine.RunAsync(options, personas, progress, stop.Token), options.LlmUsage).ConfigureAwait(false);
            RunSummary.Write(output, result);
            return result.Cancelled ? ExitCodes.Interrupted : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UserInputException or RunStoreException || ex is PersonaFileException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static List<PipelineDescriptor> ParsePipelines(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 1 && names[0].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return PipelineCatalog.All.Where(p => CosynDefaults.Synthesizer.Supports(p.Name)).ToList();
        }

        if (names.Length == 0)
        {
            throw new UserInputException("--pipeline needs at least one pipeline name");
        }

        var pipelines = new List<PipelineDescriptor>();
        foreach (var name in names)
        {
            var pipeline = PipelineCatalog.Find(name) ?? throw new UserInputException($"unknown pipeline '{name}'; run 'cosyn pipelines' to list them");
            if (!CosynDefaults.Synthesizer.Supports(pipeline.Name))
            {
                throw new UserInputException($"pipeline '{pipeline.Name}' is not implemented yet; run 'cosyn pipelines' to see which are");
            }

            if (pipelines.Contains(pipeline))
            {
                throw new UserInputException($"pipeline '{pipeline.Name}' is listed twice");
            }

            pipelines.Add(pipeline);
        }

        return pipelines;
    }
}
