using System.CommandLine;
using Cosyn.Evaluation;
using Cosyn.Evaluation.References;

namespace Cosyn.Cli.Commands;

/// <summary>
/// <c>cosyn benchmark</c>: a targeted evaluation set. Generates like <c>generate --query</c> (routed, the count split
/// by route), never drawing a persona of the named training runs, then writes <c>references.jsonl</c> beside the samples.
/// </summary>
public static class BenchmarkCommand
{
    public static Command Create(Func<string, string?> environment)
    {
        var query = new Option<string>("--query", "-q") { Description = "What the evaluation set is about, e.g. \"nutrition fact labels\"", Required = true };
        var count = new Option<int>("--count", "-n") { Description = "Samples in the set, split across the routes by weight", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output folder: a run plus references.jsonl (rerun to resume)", Required = true };
        var exclude = new Option<string[]>("--exclude-personas-of") { Description = "Training run folders whose personas the set must not use", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<long>("--seed") { Description = "Run seed; the same seed gives the same set", DefaultValueFactory = _ => 0 };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Samples in flight per stage", DefaultValueFactory = _ => Environment.ProcessorCount };
        var personas = new Option<string?>("--personas") { Description = "Persona file (default: the built-in library)" };
        var command = new Command("benchmark", "Make a targeted evaluation set (a run plus references.jsonl) whose personas are disjoint from training runs")
        {
            query, count, output, exclude, seed, concurrency, personas,
        };
        command.SetAction((parse, _) => RunAsync(
            parse.GetValue(query)!, parse.GetValue(count), parse.GetValue(output)!, parse.GetValue(exclude) ?? [], parse.GetValue(seed), parse.GetValue(concurrency), parse.GetValue(personas),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, environment));
        return command;
    }

    public static async Task<int> RunAsync(string query, int count, string folder, IReadOnlyList<string> excludeRuns, long seed, int concurrency, string? personas, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(excludeRuns);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        HashSet<string> excluded;
        try
        {
            excluded = excludeRuns.SelectMany(RunPersonas.Read).ToHashSet(StringComparer.Ordinal);
        }
        catch (EvaluationInputException ex)
        {
            await error.WriteLineAsync($"error: --exclude-personas-of: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var request = new GenerateRequest(null, count, folder, seed, concurrency, personas, query, ExcludedPersonas: excluded);
        var code = await GenerateRunner.RunAsync(request, output, error, environment).ConfigureAwait(false);
        if (code is not (ExitCodes.Ok or ExitCodes.Incomplete))
        {
            return code;
        }

        var references = RunReferences.Read(folder);
        var path = Path.Combine(folder, ReferencesJsonl.FileName);
        ReferencesJsonl.Write(path, references);
        var overlap = RunPersonas.Read(folder).Count(excluded.Contains);
        await output.WriteLineAsync($"{references.Count} questions in {path}; {excluded.Count} personas of {excludeRuns.Count} training runs excluded, {overlap} shared").ConfigureAwait(false);
        return code;
    }
}
