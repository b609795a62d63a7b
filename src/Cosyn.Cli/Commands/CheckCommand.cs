using System.Globalization;
using System.CommandLine;
using Cosyn.Hosting;
using Cosyn.Output.Runs;
using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering;
using Spectre.Console;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn check</c>: runs every quality check on an existing run folder, writes <c>quality.jsonl</c> and prints a summary per check.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in", "-i") { Description = "Run folder made by 'cosyn generate'", Required = true };
        var noRender = new Option<bool>("--no-render") { Description = "Do not re-render each sample's code for layout facts (judge text by OCR only; faster)" };
        var command = new Command("check", "Run the quality checks on a run folder: writes RUN/quality.jsonl and prints a summary per check") { input, noRender };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(input)!, !parse.GetValue(noRender), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    /// <summary>Exit 0 when the checks ran, whatever they found; a bad folder is one line on <paramref name="error"/> and exit 1.</summary>
    public static async Task<int> RunAsync(string folder, bool rerender, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        RunFolderReader run;
        try
        {
            run = RunFolderReader.Open(folder, allowPartial: false);
        }
        catch (RunFolderException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        // The image on disk may not be what the code drew (replaced, swapped): OCR judges it even beside layout facts.
        var options = new QualityOptions { OcrWithLayout = true };
        var checker = new QualityChecker(TesseractOcr.CreateDefault(options.OcrTimeout), options);
        await using var renderers = rerender ? CosynDefaults.CreateRenderers(1) : null;
        QualitySummary summary;
        try
        {
            summary = await new RunQualityCheck(checker, renderers, new RenderOptions()).RunAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {RunQualityCheck.FileName}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var console = Terminal.ConsoleFactory.For(output);
        var table = new Table().Border(TableBorder.Simple).AddColumn("check").AddColumn("failed").AddColumn("example");
        foreach (var (check, failed, example) in summary.ByCheck)
        {
            table.AddRow(Markup.Escape(check), failed.ToString(CultureInfo.InvariantCulture), Markup.Escape(example ?? ""));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"{summary.Passed} of {summary.Checked} samples passed every check; details in {Path.Combine(run.Path, RunQualityCheck.FileName)}"));
        return ExitCodes.Ok;
    }
}
