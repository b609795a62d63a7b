using System.CommandLine;
using Cosyn.Hosting;
using Cosyn.Routing;
using Spectre.Console;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn route "TEXT"</c>: shows where a query would go (pipelines, figure types, weights, why) without generating.</summary>
public static class RouteCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What the data should be about, e.g. \"bus timetables\"" };
        var all = new Option<bool>("--all") { Description = "Route over the whole catalog, not only implemented pipelines" };
        var command = new Command("route", "Show how a query is routed to pipelines and figure types, without generating") { query, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(query) ?? string.Empty;
            var output = parse.InvocationConfiguration.Output;
            Func<string, bool> implemented = parse.GetValue(all) ? _ => true : CosynDefaults.Synthesizer.Supports;
            var decision = await OfflineQueryRouter.Default.RouteAsync(text, implemented, cancellationToken).ConfigureAwait(false);
            if (!decision.HasRoute)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: " + decision.Explanation).ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var console = Terminal.ConsoleFactory.For(output);
            console.Write(RouteTable.Build(decision));
            console.MarkupLine(Markup.Escape(decision.Explanation));
            return ExitCodes.Ok;
        });
        return command;
    }
}
