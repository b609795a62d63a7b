using Cosyn.Catalog;
using Cosyn.Cli.Terminal;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Personas;
using Cosyn.Routing;
using Cosyn.Store;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Cli.Commands;

/// <summary>Validates a <see cref="GenerateRequest"/>, runs the engine with live progress, prints the summary.</summary>
public static class GenerateRunner
{
    /// <summary>Largest count accepted in one invocation; guards against typos like an extra zero of zeros.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Largest <c>--repair-attempts</c>: each repair is a full code-model call.</summary>
    public const int MaxRepairAttempts = 10;

    public static async Task<int> RunAsync(GenerateRequest request, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Opened only once the provider answered, closed whatever happens after.
        LlmCallServices? calls = null;
        try
        {
            var llm = LlmFlagsParser.Parse(request.Llm ?? LlmFlags.None, environment ?? Environment.GetEnvironmentVariable);

            // Validated before any work so a bad flag or price file fails with one line.
            var callOptions = (request.LlmCalls ?? LlmCallFlags.Defaults).ToOptions(builtInPrices: llm?.Provider is LlmProviders.OpenAi or LlmProviders.Anthropic, batchProvider: llm?.Provider);
            if (request.LlmCalls?.Batch == true && llm is null)
            {
                throw new UserInputException("--batch needs --provider: the offline synthesizer makes no LLM calls");
            }

            Func<string, bool> supported = llm is null ? CosynDefaults.Synthesizer.Supports : LlmSynthesizer.SupportsPipeline;
            var count = request.Count is > 0 and <= MaxCount ? request.Count : throw new UserInputException($"--count must be between 1 and {MaxCount}, got {request.Count}");
            var seed = request.Seed >= 0 ? request.Seed : throw new UserInputException($"--seed must be zero or positive, got {request.Seed}");
            var concurrency = request.Concurrency is > 0 and <= 256 ? request.Concurrency : throw new UserInputException($"--concurrency must be between 1 and 256, got {request.Concurrency}");
            var renderAttempts = request.RepairAttempts is >= 0 and <= MaxRepairAttempts
                ? request.RepairAttempts + 1
                : throw new UserInputException($"--repair-attempts must be between 0 and {MaxRepairAttempts}, got {request.RepairAttempts}");
            if (request.KeepRejected && !request.QualityGate)
            {
                throw new UserInputException("--keep-rejected needs the quality gate: drop --no-quality-gate");
            }

            var shard = ShardFlags.Resolve(request.Shard, request.Shards, environment ?? Environment.GetEnvironmentVariable);
            if (request.Pipelines is not null)
            {
                // Named pipelines are checked before a provider is contacted.
                _ = ParsePipelines(request.Pipelines, supported, llm is not null);
            }

            using var stop = new StopSignal();
            var synthesizer = CosynDefaults.Synthesizer;
            IQueryRouter router = OfflineQueryRouter.Default;
            if (llm is not null)
            {
                var (created, problem) = await LlmSynthesizerFactory.CreateAsync(llm, () => calls = OpenCallServices(request.Output, callOptions), stop.Token).ConfigureAwait(false);
                synthesizer = created ?? throw new UserInputException(problem!);
                router = new LlmQueryRouter(created.Clients.Topic);
            }

            var plan = await PlanAsync(request, supported, llm is not null, router, output).ConfigureAwait(false);
            var options = new RunOptions
            {
                Pipelines = plan.Select(e => e.Pipeline).ToList(),
                Routes = request.Query is null ? null : plan,
                Query = request.Query,
                KeepNearDuplicates = request.KeepNearDuplicates,
                QualityGate = request.QualityGate ? CosynDefaults.CreateQualityGate() : null,
                KeepRejected = request.KeepRejected,
                Shard = shard?.Spec,
                Count = count,
                OutputFolder = request.Output,
                Seed = seed,
                Concurrency = concurrency,
                RenderAttempts = renderAttempts,
                Llm = llm?.ToRunSettings(),
                LlmUsage = calls?.Usage,
                StopReason = () => calls?.Halt.Reason,
            };
            if (shard is { } s)
            {
                await output.WriteLineAsync($"shard {s.Spec} (from {s.Source}): merge the shards with 'cosyn merge'").ConfigureAwait(false);
            }

            var personas = CosynDefaults.Personas(request.PersonasFile, request.Seed, request.ExcludedPersonas);

            await using var renderers = CosynDefaults.CreateRenderers(options.Concurrency);
            var engine = new RunEngine(synthesizer, renderers, TimeProvider.System);
            var progress = new RunProgress();

            // The LLM layer stops the run (outage past --max-outage, --max-cost, a refused key) through the same token as Ctrl+C.
            using var runStop = calls is null ? CancellationTokenSource.CreateLinkedTokenSource(stop.Token) : CancellationTokenSource.CreateLinkedTokenSource(stop.Token, calls.Halt.Token);
            var result = await ProgressDisplay.RunAsync(output, progress, () => engine.RunAsync(options, personas, progress, runStop.Token), options.LlmUsage, calls is null ? null : calls.Status).ConfigureAwait(false);
            RunSummary.Write(output, result);
            var (code, line) = GenerateOutcome.Of(result, calls?.Halt);
            if (line is not null)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
            }

            return code;
        }
        catch (Exception ex) when (ex is UserInputException or RunStoreException || ex is PersonaFileException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        finally
        {
            calls?.Dispose();
        }
    }

    private static LlmCallServices OpenCallServices(string folder, LlmCallOptions options)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return new LlmCallServices(folder, options, TimeProvider.System);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot write to {folder}: {ex.Message}");
        }
    }

    // Without a query: the named pipelines, evenly. With one: routed over the named pipelines (all implemented
    // ones when none are named); no route is an error, except that explicitly named pipelines are taken as given.
    internal static async Task<List<PlanEntry>> PlanAsync(GenerateRequest request, Func<string, bool> supported, bool llm, IQueryRouter router, TextWriter output)
    {
        if (request.Query is null)
        {
            return ParsePipelines(request.Pipelines ?? throw new UserInputException("--pipeline or --query is required"), supported, llm).Select(PlanEntry.Even).ToList();
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw new UserInputException("--query must not be empty");
        }

        var named = request.Pipelines is null ? null : ParsePipelines(request.Pipelines, supported, llm);
        var decision = await router.RouteAsync(
            request.Query, name => supported(name) && (named is null || named.Any(p => p.Name == name)), CancellationToken.None).ConfigureAwait(false);
        if (!decision.HasRoute)
        {
            if (named is null)
            {
                throw new UserInputException(decision.Explanation);
            }

            await output.WriteLineAsync($"routing: no route among the named pipelines; using them as given with the query").ConfigureAwait(false);
            return named.Select(PlanEntry.Even).ToList();
        }

        await output.WriteLineAsync("routing: " + RouteTable.OneLine(decision)).ConfigureAwait(false);
        return decision.Routes.Select(r => new PlanEntry(r.Pipeline, r.Weight, r.FigureTypes)).ToList();
    }

    internal static List<PipelineDefinition> ParsePipelines(string text, Func<string, bool> supports, bool llm)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 1 && names[0].Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return PipelineCatalog.All.Where(p => supports(p.Name)).ToList();
        }

        if (names.Length == 0)
        {
            throw new UserInputException("--pipeline needs at least one pipeline name");
        }

        var pipelines = new List<PipelineDefinition>();
        foreach (var name in names)
        {
            var pipeline = PipelineCatalog.Find(name) ?? throw new UserInputException($"unknown pipeline '{name}'; run 'cosyn pipelines' to list them");
            if (!supports(pipeline.Name))
            {
                throw new UserInputException(llm
                    ? $"pipeline '{pipeline.Name}' is not supported by the LLM synthesizer yet"
                    : $"pipeline '{pipeline.Name}' is not implemented yet; run 'cosyn pipelines' to see which are");
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
