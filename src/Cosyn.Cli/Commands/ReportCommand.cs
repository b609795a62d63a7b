using System.CommandLine;
using System.Globalization;
using Cosyn.Output.Report;
using Cosyn.Output.Runs;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn report</c>: one offline HTML page to look at a run: counts, failures, costs, diversity and a filterable gallery.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<string[]>("--in", "-i") { Description = "Run folder(s) made by 'cosyn generate' (repeat for several, e.g. shards: one report, runs in the order given)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out", "-o") { Description = "HTML file to write (default: RUN/report.html, beside images/)" };
        var gallery = new Option<int>("--gallery") { Description = "Written and failed samples shown per pipeline", DefaultValueFactory = _ => new ReportOptions().GalleryPerPipeline };
        var allowPartial = new Option<bool>("--allow-partial") { Description = "Report on a run that is still being generated" };
        var command = new Command("report", "Write an offline HTML report of a run or several (stats, failures, gallery)") { input, output, gallery, allowPartial };
        command.SetAction((parse, _) => RunAsync(
            parse.GetValue(input)!, new ReportOptions { Output = parse.GetValue(output), GalleryPerPipeline = parse.GetValue(gallery) },
            parse.GetValue(allowPartial), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the report and prints its path; bad input is one line on <paramref name="error"/> and exit code 1.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> folders, ReportOptions options, bool allowPartial, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            if (options.GalleryPerPipeline is < 0 or > 10_000)
            {
                throw new UserInputException("--gallery must be between 0 and 10000");
            }

            var runs = RunFolderSet.Open(folders, allowPartial);
            var notes = runs.ConfigurationDifferences().Select(d => "Different configuration: " + d).ToList();
            foreach (var note in notes)
            {
                await output.WriteLineAsync("note: " + note).ConfigureAwait(false);
            }

            var summary = RunReportWriter.Write(runs.Runs, options, notes);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Report: {summary.Path} ({summary.PassedShown} of {summary.Written} written and {summary.RejectedShown} of {summary.Failed} failed samples in the gallery)")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is UserInputException or RunFolderException)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write the report: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}
