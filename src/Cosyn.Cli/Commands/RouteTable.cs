using System.Globalization;
using Cosyn.Routing;
using Spectre.Console;

namespace Cosyn.Cli.Commands;

/// <summary>How a routing decision is shown: a table for <c>cosyn route</c>, one line before a run.</summary>
public static class RouteTable
{
    public static Table Build(RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var table = new Table().Border(TableBorder.Simple).AddColumn("pipeline").AddColumn("figure types").AddColumn("weight").AddColumn("why");
        foreach (var route in decision.Routes)
        {
            table.AddRow(
                Markup.Escape(route.Pipeline.Name),
                Markup.Escape(FigureTypes(route)),
                Percent(route.Weight),
                Markup.Escape(route.Why));
        }

        return table;
    }

    public static string OneLine(RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return string.Join(", ", decision.Routes.Select(r => $"{r.Pipeline.Name} [{FigureTypes(r)}] {Percent(r.Weight)}"));
    }

    private static string FigureTypes(PipelineRoute route) => route.FigureTypes.Count == 0 ? "any" : string.Join(", ", route.FigureTypes);

    private static string Percent(double weight) => (weight * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
