using Cosyn.Families.Charts;
using Cosyn.Personas;
using Cosyn.Text;

namespace Cosyn.Families.Graphics;

/// <summary>
/// Makes graphic data: infographic and icon panels take a persona domain's category dataset (labels, measure, unit,
/// realistic range) from the chart templates; maps place named landmarks on a grid joined by roads of measured length.
/// </summary>
public static class GraphicDataGenerator
{
    private static readonly string[] Icons = ["circle", "drop", "leaf", "star", "bolt", "heart", "box", "flag"];

    private static readonly string[] Landmarks =
    [
        "North Gate", "Visitor Centre", "Boathouse", "Old Mill", "Lookout Point", "Pine Camp", "Market Square", "Lighthouse",
        "Ranger Station", "Orchard", "Clock Tower", "Harbour", "Library", "Stone Bridge", "Meadow Farm", "Railway Depot",
    ];

    public static GraphicSpec Create(string kind, string persona, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var library = ChartTemplateLibrary.Default;
        var domain = PersonaDomainClassifier.Classify(persona ?? string.Empty).Select(library.Find).FirstOrDefault(d => d is not null && Usable(d).Count > 0)
            ?? random.Pick(library.Domains.Select(library.Find).Where(d => d is not null && Usable(d).Count > 0).ToList())!;
        var name = random.Pick(domain.Names);
        return kind == GraphicKinds.Map ? Map(name, random) : Stats(kind, domain, name, random);
    }

    private static GraphicSpec Stats(string kind, DomainChartTemplates domain, string name, SeededRandom random)
    {
        var template = random.Pick(Usable(domain));
        var count = kind == GraphicKinds.Infographic ? 4 : Math.Min(template.Categories.Count, random.Next(4, 7));
        var labels = random.Sample(template.Categories, count);
        var decimals = Math.Min(template.Decimals, 1);
        var values = new HashSet<decimal>();
        var stats = new List<GraphicStat>();
        var icons = random.Sample(Icons, count);
        for (var i = 0; i < labels.Count; i++)
        {
            decimal value;
            do
            {
                value = Math.Round((decimal)random.NextDouble(Math.Max(template.Range[0], 1), template.Range[1]), decimals);
            }
            while (!values.Add(value));

            stats.Add(new GraphicStat(labels[i], value, icons[i]));
        }

        var title = EnglishPhrases.FillSlot(random.Pick(template.Titles), "{name}", name)
            .Replace("{year}", random.Next(2016, 2026).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new GraphicSpec(kind, title, template.Measure, template.Unit, decimals, stats, [], [], 0);
    }

    private static GraphicSpec Map(string name, SeededRandom random)
    {
        var places = new List<MapPlace>();
        foreach (var landmark in random.Sample(Landmarks, random.Next(5, 7)))
        {
            MapPlace place;
            do
            {
                place = new MapPlace(landmark, Math.Round(random.NextDouble(0.5, 11.5), 1), Math.Round(random.NextDouble(0.5, 7.5), 1));
            }
            while (places.Any(p => Distance(p, place) < 2.6));

            places.Add(place);
        }

        // A spanning tree (each new place joins its nearest earlier one) plus one shortcut: connected, few crossings.
        var roads = new List<MapRoad>();
        for (var i = 1; i < places.Count; i++)
        {
            var nearest = places.Take(i).MinBy(p => Distance(p, places[i]))!;
            roads.Add(Road(nearest, places[i]));
        }

        var extra = places.SelectMany(a => places.Where(b => string.CompareOrdinal(a.Name, b.Name) < 0).Select(b => (a, b)))
            .Where(pair => !roads.Any(r => (r.From == pair.a.Name && r.To == pair.b.Name) || (r.From == pair.b.Name && r.To == pair.a.Name)))
            .OrderBy(pair => Distance(pair.a, pair.b)).FirstOrDefault();
        if (extra.a is not null)
        {
            roads.Add(Road(extra.a, extra.b));
        }

        var distinct = roads.DistinctBy(r => r.Km).Count() == roads.Count;
        if (!distinct)
        {
            // Equal lengths would make "longest road" ambiguous: nudge later duplicates by a tenth.
            var seen = new HashSet<decimal>();
            roads = [.. roads.Select(r => seen.Add(r.Km) ? r : r with { Km = NextFree(seen, r.Km) })];
        }

        var title = $"{char.ToUpperInvariant(name[0])}{name[1..]}: site map";
        return new GraphicSpec(GraphicKinds.Map, title, "Road length", "km", 1, [], places, roads, 2);
    }

    private static decimal NextFree(HashSet<decimal> seen, decimal km)
    {
        while (!seen.Add(km))
        {
            km += 0.1m;
        }

        return km;
    }

    private static MapRoad Road(MapPlace a, MapPlace b) => new(a.Name, b.Name, Math.Round((decimal)Distance(a, b), 1, MidpointRounding.AwayFromZero));

    private static double Distance(MapPlace a, MapPlace b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static List<ChartTemplate> Usable(DomainChartTemplates domain) =>
        [.. domain.Templates.Where(t => t.Axis == ChartTemplateAxes.Category && t.Series.Count == 0 && t.Categories.Count >= 4 && t.Range[1] > 1)];
}
