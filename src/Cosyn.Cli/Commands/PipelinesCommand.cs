using System.CommandLine;
using Cosyn.Catalog;
using Cosyn.Hosting;
using Spectre.Console;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn pipelines</c>: the catalog with each pipeline's tool, figure types and status; <c>--markdown</c> prints the README's table.</summary>
public static class PipelinesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the catalog as the Markdown table the README carries" };
        var command = new Command("pipelines", "List the pipeline catalog: tool, figure types, and whether each is implemented") { markdown };
        command.SetAction(parse =>
        {
            if (parse.GetValue(markdown))
            {
                parse.InvocationConfiguration.Output.Write(Markdown());
                return ExitCodes.Ok;
            }

            var console = Terminal.ConsoleFactory.For(parse.InvocationConfiguration.Output);
            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("pipeline").AddColumn("tool").AddColumn("kind").AddColumn("figure types").AddColumn("implemented");
            foreach (var pipeline in PipelineCatalog.All)
            {
                var implemented = CosynDefaults.Synthesizer.Supports(pipeline.Name);
                table.AddRow(
                    Markup.Escape(pipeline.Name),
                    Markup.Escape(pipeline.Tool),
                    Markup.Escape(pipeline.ImageKind),
                    Markup.Escape(string.Join(", ", pipeline.FigureTypes)),
                    implemented ? "[green]yes[/]" : "no");
            }

            console.Write(table);
            var done = PipelineCatalog.All.Count(p => CosynDefaults.Synthesizer.Supports(p.Name));
            console.WriteLine($"{done} of {PipelineCatalog.All.Count} pipelines implemented.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One row per catalog entry, in catalog order; a test holds the README's table equal to this text.</summary>
    private static string Markdown()
    {
        var lines = new List<string>
        {
            "| pipeline | category | tool | image kind | figure types | LLM |",
            "|---|---|---|---|---|---|",
        };
        lines.AddRange(PipelineCatalog.All.Select(p =>
            $"| `{p.Name}` | {p.Family.Category} | {p.Tool} | {p.ImageKind} | {string.Join(", ", p.FigureTypes)} | {(p.SupportsLlm ? "yes" : "no")} |"));
        return string.Join('\n', lines) + "\n";
    }
}
