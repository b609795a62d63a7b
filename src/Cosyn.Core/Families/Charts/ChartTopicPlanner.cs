using Cosyn.Personas;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis;
using Cosyn.Text;

namespace Cosyn.Families.Charts;

/// <summary>
/// The topic stage shared by chart pipelines: persona -> domain -> template -> figure type -> title and axis.
/// A pipeline passes the figure types it can draw.
/// </summary>
public sealed class ChartTopicPlanner(ChartTemplateLibrary library)
{
    /// <summary>A planner over the built-in templates.</summary>
    public ChartTopicPlanner()
        : this(ChartTemplateLibrary.Default)
    {
    }

    /// <summary>Plans one chart for <paramref name="ticket"/> among <paramref name="figureTypes"/>.</summary>
    public ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        ArgumentNullException.ThrowIfNull(random);
        var domain = library.Find(PickDomain(ticket.Persona.Text, random)) ?? library.Find(DomainKeys.General)!;

        // Figure type first, so types stay evenly spread whatever mix of templates a domain has.
        var figureType = QueryFocus.FigureType(ticket, figureTypes, random);
        if (!domain.Templates.Any(t => t.FigureTypes.Contains(figureType)))
        {
            // The persona's domain has no dataset of this shape; another domain's is better than a misfit chart.
            var others = library.Domains.Select(d => library.Find(d)!).Where(d => d.Templates.Any(t => t.FigureTypes.Contains(figureType))).ToList();
            domain = random.Pick(others);
        }

        var template = random.Pick(domain.Templates.Where(t => t.FigureTypes.Contains(figureType)).ToList());

        var allowed = QueryFocus.AllowedFigureTypes(ticket, figureTypes);

        // A query about a subject ("rainfall") picks a dataset about it, from whichever domain has one.
        var focused = QueryFocus.Best(
            library.Domains.Select(d => library.Find(d)!).SelectMany(d => d.Templates.Where(t => allowed.Any(f => t.FigureTypes.Contains(f))).Select(t => (Domain: d, Template: t))),
            c => string.Join(' ', [c.Domain.Domain, c.Template.Id, c.Template.Measure, .. c.Template.Titles, .. c.Template.Categories, .. c.Template.Series]),
            QueryFocus.SubjectWords(ticket.Query));
        if (focused.Count > 0)
        {
            (domain, template) = random.Pick(focused);
            if (!template.FigureTypes.Contains(figureType))
            {
                figureType = random.Pick(allowed.Where(f => template.FigureTypes.Contains(f)).ToList());
            }
        }
        var axis = ChartAxisBuilder.Build(template, figureType, random);
        var series = PickSeries(template, figureType, random);
        var titles = figureType switch
        {
            ChartFigureTypes.DualAxis => template.Second!.Titles,
            ChartFigureTypes.Histogram => template.PoolTitles,
            _ => template.Titles,
        };
        var title = EnglishPhrases.FillSlot(random.Pick(QueryFocus.Named(titles, ticket.Query)), "{name}", QueryFocus.NameOr(ticket.Query, random.Pick(domain.Names)))
            .Replace("{year}", Invariant(axis.EndYear), StringComparison.Ordinal)
            .Replace("{start}", Invariant(axis.StartYear), StringComparison.Ordinal)
            .Replace("{end}", Invariant(axis.EndYear), StringComparison.Ordinal)
            .Replace("{month}", axis.Month, StringComparison.Ordinal);
        title = char.ToUpperInvariant(title[0]) + title[1..];
        var plan = new ChartPlan(domain.Domain, template, figureType, title, axis.Label, axis.Categories, series, axis.Unshown);
        return new ProceduralTopic(figureType, title, plan);
    }

    // The best-ranked domain most of the time, a runner-up sometimes; a random one when the persona says nothing.
    private string PickDomain(string persona, SeededRandom random)
    {
        var ranked = PersonaDomainClassifier.Classify(persona).Where(d => library.Find(d) is not null).ToList();
        if (ranked.Count == 0)
        {
            return random.Pick(library.Domains);
        }

        return ranked.Count > 1 && random.Chance(0.25) ? ranked[1] : ranked[0];
    }

    private static List<string> PickSeries(ChartTemplate template, string figureType, SeededRandom random)
    {
        switch (figureType)
        {
            case ChartFigureTypes.DualAxis:
                return [template.Measure, template.Second!.Measure];
            case ChartFigureTypes.Candlestick:
                return ["Open", "High", "Low", "Close"];
            case ChartFigureTypes.Heatmap:
                return PickNamed(template, Math.Min(template.Series.Count, random.Next(3, 6)), random);
            case ChartFigureTypes.Radar when template.Series.Count > 0:
                // Two labelled outlines stay legible; a third would bury its value labels.
                return PickNamed(template, 2, random);
            case var _ when !ChartFigureTypes.IsMultiSeries(figureType):
                return [template.Measure];
        }

        // Two lines keep every point label clear of the other line's labels (one above, one below).
        var max = figureType switch { ChartFigureTypes.StackedBar => 4, ChartFigureTypes.MultiLine => 2, _ => 3 };
        return PickNamed(template, Math.Min(template.Series.Count, random.Next(2, max + 1)), random);
    }

    private static List<string> PickNamed(ChartTemplate template, int count, SeededRandom random)
    {
        var chosen = random.Sample(template.Series, count).ToHashSet(StringComparer.Ordinal);
        return [.. template.Series.Where(chosen.Contains)];
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
