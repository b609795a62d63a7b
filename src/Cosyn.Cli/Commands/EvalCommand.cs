using System.CommandLine;
using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;
using Cosyn.Evaluation.References;
using Spectre.Console;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn eval</c>: scores a predictions file against references with the benchmarks' own metrics.</summary>
public static class EvalCommand
{
    /// <summary>Ids listed on the terminal before "and N more".</summary>
    private const int ListedIds = 5;

    public static Command Create()
    {
        var predictions = new Option<string>("--predictions") { Description = "JSONL lines {\"id\": ..., \"prediction\": \"...\"} (e.g. from 'cosyn predict')", Required = true };
        var references = new Option<string>("--references") { Description = "A run folder, a 'cosyn export' folder, or JSONL lines {\"id\": ..., \"answers\": [...]}", Required = true };
        var metric = new Option<string>("--metric") { Description = $"Metrics to show: {string.Join('|', EvalMetrics.Choices)} (auto: each question by its benchmark's metric, plus the four headline metrics)", DefaultValueFactory = _ => "auto" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (top-level exact_match, anls, relaxed_accuracy, vqa_accuracy, count, ...)" };
        var seed = new Option<long>("--seed") { Description = "Seed of the bootstrap intervals", DefaultValueFactory = _ => 0 };
        var command = new Command("eval", "Score predictions against references: relaxed accuracy, ANLS, VQA accuracy, exact match, multiple choice, with breakdowns and 95 % intervals")
        {
            predictions, references, metric, json, seed,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(predictions)!, parse.GetValue(references)!, parse.GetValue(metric)!, parse.GetValue(json), parse.GetValue(seed),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    /// <summary>Exit 0 with the report; bad input is one line on <paramref name="error"/> and exit 1.</summary>
    public static async Task<int> RunAsync(string predictionsPath, string referencesPath, string metric, bool json, long seed, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var shown = EvalMetrics.Select(metric) ?? throw new UserInputException($"unknown --metric '{metric}'; use one of {string.Join(", ", EvalMetrics.Choices)}");
            var refs = await ReferenceSource.LoadAsync(referencesPath, cancellationToken).ConfigureAwait(false);
            if (refs.Count == 0)
            {
                throw new UserInputException($"{referencesPath} has no questions to score");
            }

            var report = Evaluator.Evaluate(refs, PredictionsFile.Read(predictionsPath), seed);
            if (json)
            {
                await output.WriteLineAsync(EvaluationJson.Write(report)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var console = Terminal.ConsoleFactory.For(output);
            console.Write(Terminal.EvaluationTable.Build(report, shown));
            console.MarkupLine(Markup.Escape($"{report.Overall.Count - report.Missing.Count} of {report.Overall.Count} questions answered; scores in percent with bootstrap 95 % intervals"));
            if (report.Missing.Count > 0)
            {
                console.MarkupLine(Markup.Escape($"missing predictions (scored as wrong): {report.Missing.Count}: {Listed(report.Missing)}"));
            }

            if (report.Unknown.Count > 0)
            {
                console.MarkupLine(Markup.Escape($"predictions for unknown ids (not scored): {report.Unknown.Count}: {Listed(report.Unknown)}"));
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UserInputException or EvaluationInputException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    private static string Listed(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Take(ListedIds)) + (ids.Count > ListedIds ? $" and {ids.Count - ListedIds} more" : "");
}
