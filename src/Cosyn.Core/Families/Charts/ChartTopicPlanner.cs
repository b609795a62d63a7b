using Cosyn.Families.Shared.Topics;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis;
using Cosyn.Text;

namespace Cosyn.Families.Charts;

/// <summary>
/// The topic stage shared by chart pipelines: persona -> domain -> template -> figure type -> title and axis.
/// A pipeline passes the figure types it can draw.
/// </summary>
public sealed class ChartTopicPlanner(ChartTemplateLibrary library) : TemplateTopicPlanner<DomainChartTemplates, ChartTemplate>
{
    /// <summary>A planner over the built-in templates.</summary>
    public ChartTopicPlanner()
        : this(ChartTemplateLibrary.Default)
    {
    }

    protected override IReadOnlyList<string> Domains => library.Domains;

    protected override DomainChartTemplates? Find(string domain) => library.Find(domain);

    protected override IReadOnlyList<ChartTemplate> TemplatesOf(DomainChartTemplates domain) => domain.Templates;

    protected override bool Fits(ChartTemplate template, string figureType) => template.FigureTypes.Contains(figureType);

    protected override string Subject(DomainChartTemplates domain, ChartTemplate template) =>
        string.Join(' ', [domain.Domain, template.Id, template.Measure, .. template.Titles, .. template.Categories, .. template.Series]);

    /// <summary>Plans one chart for <paramref name="ticket"/> among <paramref name="figureTypes"/>.</summary>
    public ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        var (domain, template, figureType) = PickTemplate(ticket, figureTypes, random);
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
