using System.CommandLine;
using Cosyn.Catalog;
using Cosyn.Hosting;
using Cosyn.Output.Report;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn demo</c>: a small dataset across every implemented pipeline, to look at.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "Output folder", DefaultValueFactory = _ => "demo-output" };
        var perPipeline = new Option<int>("--per-pipeline") { Description = "Samples per pipeline", DefaultValueFactory = _ => 8 };
        var command = new Command("demo", "Generate a small demo dataset offline across every implemented pipeline") { output, perPipeline };
        command.SetAction(async (parse, _) =>
        {
            var pipelines = PipelineCatalog.All.Where(p => CosynDefaults.Synthesizer.Supports(p.Name)).Select(p => p.Name).ToList();
            var request = new GenerateRequest(string.Join(',', pipelines), parse.GetValue(perPipeline) * pipelines.Count, parse.GetValue(output)!, 0, Environment.ProcessorCount, null);
            var code = await GenerateRunner.RunAsync(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).ConfigureAwait(false);

            // The demo's point is to look at the data: end with the page that shows it.
            return code == ExitCodes.Ok
                ? await ReportCommand.RunAsync([request.Output], new ReportOptions(), allowPartial: false, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error).ConfigureAwait(false)
                : code;
        });
        return command;
    }
}
