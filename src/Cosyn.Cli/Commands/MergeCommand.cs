using System.CommandLine;
using System.Globalization;
using Cosyn.Output.Merge;
using Cosyn.Output.Runs;
using Cosyn.Store;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn merge</c>: joins the folders of <c>generate --shard i/N</c> into the single run's folder.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the merged run to (new or empty)", Required = true };
        var shards = new Argument<string[]>("shards") { Description = "The shard folders, all N of them, in any order", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge", "Merge the shard folders of 'generate --shard i/N' into one run (the single run's samples.jsonl and images)") { output, shards };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(shards)!, parse.GetValue(output)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Merges and prints one summary line; shards that do not make one whole run are one line on <paramref name="error"/> and exit code 1.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> shards, string output, TextWriter stdout, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var result = ShardMerger.Merge(shards, output);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Merged {result.Shards} shards into {result.Path}: {result.Samples} samples of {result.Stats.Count} requested{(result.Rejected is { } rejected ? $", {rejected} rejected kept in rejected/" : string.Empty)}")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is RunFolderException or RunStoreException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}
