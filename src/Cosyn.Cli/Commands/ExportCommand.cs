using System.CommandLine;
using System.Globalization;
using Cosyn.Output.Export;
using Cosyn.Output.Runs;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn export</c>: turns run folders into a Hugging Face dataset or a training tool's conversation files.</summary>
public static class ExportCommand
{
    /// <summary>Skipped samples named on the terminal; the rest are in the skipped list file.</summary>
    private const int SkippedShown = 5;

    public static Command Create()
    {
        var input = new Option<string[]>("--in", "-i") { Description = "Run folder(s) made by 'cosyn generate'", Required = true, AllowMultipleArgumentsPerToken = true };
        var to = new Option<string>("--to") { Description = "Format: hf (Parquet + dataset card), llava, sharegpt (LLaMA-Factory) or swift (ms-swift)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (must be empty, or use --force)", Required = true };
        var validation = new Option<double>("--validation") { Description = "hf: share of each config (of 20+ samples) in the validation split", DefaultValueFactory = _ => 0.05 };
        var shardMb = new Option<int>("--max-shard-mb") { Description = "hf: largest Parquet shard in MB", DefaultValueFactory = _ => 500 };
        var configBy = new Option<string>("--config-by") { Description = "hf: one config per category (chart, table, ...) or per pipeline", DefaultValueFactory = _ => "category" };
        var answerStyle = new Option<string>("--answer-style") { Description = "Conversations: short (the answer) or cot (the explanation, then the answer)", DefaultValueFactory = _ => "short" };
        var maxTurns = new Option<int?>("--max-turns") { Description = "Conversations: most QA turns per conversation; longer samples are split" };
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Export a run that is still being generated (what it has written so far)" };
        var force = new Option<bool>("--force") { Description = "Replace what an earlier export wrote in --out" };
        var command = new Command("export", "Export runs as a Hugging Face dataset (CoSyn-400K layout) or LLaVA / ShareGPT / ms-swift conversations")
        {
            input, to, output, validation, shardMb, configBy, answerStyle, maxTurns, allowPartial, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var options = new ExportOptions
                {
                    Format = Parse<ExportFormat>(parse.GetValue(to)!, "--to", "hf, llava, sharegpt or swift"),
                    Output = parse.GetValue(output)!,
                    ValidationFraction = parse.GetValue(validation) is >= 0 and <= 0.5 and var v ? v : throw new UserInputException("--validation must be between 0 and 0.5"),
                    MaxShardBytes = parse.GetValue(shardMb) is >= 1 and <= 1_000_000 and var mb ? mb * 1024L * 1024 : throw new UserInputException("--max-shard-mb must be between 1 and 1000000"),
                    ConfigBy = Parse<ConfigBy>(parse.GetValue(configBy)!, "--config-by", "category or pipeline"),
                    AnswerStyle = Parse<AnswerStyle>(parse.GetValue(answerStyle)!, "--answer-style", "short or cot"),
                    MaxTurns = parse.GetValue(maxTurns) is not { } turns || turns >= 1 ? parse.GetValue(maxTurns) : throw new UserInputException("--max-turns must be at least 1"),
                    CommandLine = "cosyn " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value)),
                };
                var exportInput = ExportInput.Open(parse.GetValue(input)!, parse.GetValue(allowPartial), options.ConfigBy);
                foreach (var run in exportInput.Runs.Where(r => r.InProgress))
                {
                    await parse.InvocationConfiguration.Output.WriteLineAsync($"note: {run.Path} is still being generated; exporting what it has written so far").ConfigureAwait(false);
                }

                var result = await ExportRunner.RunAsync(exportInput, options, parse.GetValue(force), cancellationToken).ConfigureAwait(false);
                await WriteSummaryAsync(parse.InvocationConfiguration.Output, options, result).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UserInputException or RunFolderException or ExportException)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Error;
            }
        });
        return command;
    }

    private static T Parse<T>(string value, string option, string allowed)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : throw new UserInputException($"{option} must be {allowed}, got '{value}'");

    private static async Task WriteSummaryAsync(TextWriter output, ExportOptions options, ExportResult result)
    {
        var format = options.Format.ToString().ToLowerInvariant();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Exported} samples to {options.Output} ({format}, {result.Files.Count} files).")).ConfigureAwait(false);
        foreach (var (config, splits) in result.Splits)
        {
            await output.WriteLineAsync($"  {config}: " + string.Join(", ", splits.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}")))).ConfigureAwait(false);
        }

        if (result.Skipped.Count > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Skipped {result.Skipped.Count} samples (all listed in {Path.Combine(options.Output, ExportRunner.SkippedFileName)}):")).ConfigureAwait(false);
            foreach (var skipped in result.Skipped.Take(SkippedShown))
            {
                await output.WriteLineAsync($"  {skipped.Id}: {skipped.Reason}").ConfigureAwait(false);
            }
        }
    }
}
