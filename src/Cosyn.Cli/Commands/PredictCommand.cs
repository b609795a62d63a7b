using System.CommandLine;
using Cosyn.Evaluation;
using Cosyn.Evaluation.Prediction;
using Cosyn.Evaluation.References;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Store;
using Microsoft.Extensions.AI;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn predict</c>: asks a vision-language model every question of a run (image and question), resumable and cached like <c>generate</c>.</summary>
public static class PredictCommand
{
    /// <summary>Reply budget when <c>--max-tokens</c> is not given: benchmark answers are a word or a phrase.</summary>
    public const int DefaultMaxTokens = 256;

    /// <summary>The folder beside the predictions file that holds the response cache (<c>run.db</c>) and <c>llm-calls.jsonl</c>.</summary>
    public static string CacheFolder(string predictionsPath) => predictionsPath + ".cache";

    /// <param name="environment">Reads the API key variables.</param>
    public static Command Create(Func<string, string?> environment)
    {
        var input = new Option<string>("--in", "-i") { Description = "Run folder (e.g. from 'cosyn benchmark') whose questions to answer", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Predictions JSONL, appended: ids already in it are skipped (rerun to resume)", Required = true };
        var provider = new Option<string?>("--provider") { Description = "openai, anthropic, ollama or openai-compatible", Required = true };
        var model = new Option<string?>("--model") { Description = "A vision-language model", Required = true };
        var baseUrl = new Option<string?>("--base-url") { Description = "API base URL (required for openai-compatible)" };
        var temperature = new Option<float?>("--temperature") { Description = "Sampling temperature, 0-2 (default: the provider's)" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = $"Largest reply in tokens (default {DefaultMaxTokens})" };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Questions in flight", DefaultValueFactory = _ => 4 };
        var command = new Command("predict", "Answer every question of a run with a vision-language model: writes {\"id\", \"prediction\"} lines for 'cosyn eval'")
        {
            input, output, provider, model, baseUrl, temperature, maxTokens, concurrency,
        };
        var llmCalls = new LlmCallFlagOptions();
        foreach (var option in llmCalls.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, _) => RunAsync(
            parse.GetValue(input)!,
            parse.GetValue(output)!,
            new LlmFlags(parse.GetValue(provider), parse.GetValue(model), parse.GetValue(baseUrl), null, null, null, null, parse.GetValue(temperature), parse.GetValue(maxTokens) ?? DefaultMaxTokens),
            llmCalls.Read(parse),
            parse.GetValue(concurrency),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            environment));
        return command;
    }

    /// <summary>0 when every question has a prediction; 3 when some calls failed (rerun retries them); 75 stopped by the LLM layer; 130 Ctrl+C; 1 bad input.</summary>
    public static async Task<int> RunAsync(string folder, string predictions, LlmFlags flags, LlmCallFlags calls, int concurrency, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var options = LlmFlagsParser.Parse(flags, environment) ?? throw new UserInputException("--provider is required");
            var callOptions = calls.ToOptions(builtInPrices: options.Provider is LlmProviders.OpenAi or LlmProviders.Anthropic);
            if (concurrency is < 1 or > 256)
            {
                throw new UserInputException($"--concurrency must be between 1 and 256, got {concurrency}");
            }

            var questions = RunReferences.Read(folder);
            using var stop = new StopSignal();
            var problem = await LlmPreflight.CheckAsync(RawChatClients.Create(options), options, LlmSynthesizerFactory.PreflightTimeout, stop.Token).ConfigureAwait(false);
            if (problem is not null)
            {
                throw new UserInputException(problem);
            }

            using var appender = OpenOutput(predictions);
            using var services = new LlmCallServices(CacheFolder(predictions), callOptions, TimeProvider.System);
            var client = LlmMiddleware.Wrap(RawChatClients.Create(options, services.CreateHttpClient()).Qa, "predict", services);
            using var runStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, services.Halt.Token);
            var chat = new ChatOptions { Temperature = options.Temperature, MaxOutputTokens = options.MaxOutputTokens };
            var result = await new PredictionRunner(client, chat).RunAsync(questions, Path.GetFullPath(folder), appender, concurrency, runStop.Token).ConfigureAwait(false);

            await output.WriteLineAsync($"{result.Predicted} predicted, {result.Skipped} already in {predictions}, {result.Failed.Count} failed, of {result.Questions} questions").ConfigureAwait(false);
            foreach (var failure in result.Failed.Take(5))
            {
                await error.WriteLineAsync($"failed: {failure}").ConfigureAwait(false);
            }

            if (services.Halt.Reason is { } halt)
            {
                await error.WriteLineAsync($"stopped: {halt}").ConfigureAwait(false);
                return services.Halt.Kind == Cosyn.Llm.Outages.LlmHaltKind.Rejected ? ExitCodes.Error : ExitCodes.TryAgainLater;
            }

            if (result.Stopped is not null)
            {
                return ExitCodes.Interrupted;
            }

            return result.Failed.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
        }
        catch (Exception ex) when (ex is UserInputException or EvaluationInputException or RunStoreException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static PredictionsAppender OpenOutput(string path)
    {
        try
        {
            return new PredictionsAppender(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot write {path}: {ex.Message}");
        }
    }
}
