using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Quality.Checks;

namespace Cosyn.Families.Graphics;

/// <summary>
/// QA over a graphic's labels and numbers, computed from the typed spec: lookups, extremes, totals, differences and
/// counts (maps: road lengths, routes, road counts, the scale bar), two multiple choice, a yes/no, a summary and an unanswerable.
/// </summary>
public static class GraphicQaGenerator
{
    /// <summary>The unanswerable answer.</summary>
    public const string NotAnswerable = "The graphic does not provide this information.";

    public static IReadOnlyList<QaPair> Generate(GraphicSpec spec, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(random);
        return spec.Kind == GraphicKinds.Map ? MapQa(spec, random) : StatsQa(spec, random);
    }

    private static List<QaPair> StatsQa(GraphicSpec spec, SeededRandom random)
    {
        var measure = spec.Measure.ToLowerInvariant();
        var unit = spec.Unit.Length > 0 ? $" ({spec.Unit})" : string.Empty;
        var stats = random.Sample(spec.Stats, spec.Stats.Count);
        var max = spec.Stats.MaxBy(s => s.Value)!;
        var min = spec.Stats.MinBy(s => s.Value)!;
        var listing = string.Join(", ", spec.Stats.Select(s => $"{s.Label} {V(s.Value)}"));
        var (a, b) = stats[0].Value > stats[1].Value ? (stats[0], stats[1]) : (stats[1], stats[0]);
        var sum = spec.Stats.Sum(s => s.Value);
        var mean = sum / spec.Stats.Count;
        var result = new List<QaPair>
        {
            new($"What {measure}{unit} does the graphic show for {stats[0].Label}?", $"The label beside {stats[0].Label} reads {V(stats[0].Value)}.", V(stats[0].Value), QaTypes.ShortAnswer),
            new($"What {measure}{unit} does the graphic show for {stats[2].Label}?", $"The label beside {stats[2].Label} reads {V(stats[2].Value)}.", V(stats[2].Value), QaTypes.ShortAnswer),
            new($"Which category has the lowest {measure}?", $"The values are {listing}; the smallest is {V(min.Value)} for {min.Label}.", min.Label, QaTypes.ShortAnswer),
            new($"What is the total {measure} across all categories shown?", $"Adding the values: {string.Join(" + ", spec.Stats.Select(s => V(s.Value)))} = {V(sum)}.", V(sum), QaTypes.ShortAnswer),
            new($"What is the difference in {measure} between {a.Label} and {b.Label}?", $"{a.Label} shows {V(a.Value)} and {b.Label} shows {V(b.Value)}; {V(a.Value)} - {V(b.Value)} = {V(a.Value - b.Value)}.", V(a.Value - b.Value), QaTypes.ShortAnswer),
            new("How many categories does the graphic show?", $"Counting the labelled entries ({string.Join(", ", spec.Stats.Select(s => s.Label))}) gives {spec.Stats.Count}.", spec.Stats.Count.ToString(CultureInfo.InvariantCulture), QaTypes.ShortAnswer),
            new($"What is the average {measure} of the categories shown? Round to 2 decimal places.", $"Total {V(sum)} divided by {spec.Stats.Count} categories = {QaNumber.Rounded(mean)}.", QaNumber.Rounded(mean), QaTypes.ShortAnswer),
        };
        var choices = new[]
        {
            new ChartQuestion(QaFamily.ShortAnswer, "max", new QaPair($"Which category has the highest {measure}?", $"The values are {listing}; the largest is {V(max.Value)} for {max.Label}.", max.Label), [.. spec.Stats.Where(s => s != max).Select(s => s.Label)]),
            new ChartQuestion(QaFamily.ShortAnswer, "value", new QaPair($"What {measure}{unit} does the graphic show for {stats[1].Label}?", $"The label beside {stats[1].Label} reads {V(stats[1].Value)}.", V(stats[1].Value)), [.. spec.Stats.Where(s => s != stats[1]).Select(s => V(s.Value))]),
        };
        result.AddRange(choices.Select(c => MultipleChoice.Convert(c, random).Typed));
        var (p, q) = (stats[^1], stats[^2]);
        result.Add(new QaPair($"Is the {measure} of {p.Label} greater than that of {q.Label}?", $"{p.Label} shows {V(p.Value)} and {q.Label} shows {V(q.Value)}, so it is {(p.Value > q.Value ? "greater" : "not greater")}.", p.Value > q.Value ? "Yes" : "No", QaTypes.YesNo));
        result.Add(new QaPair("Summarize the graphic.", "The summary names the graphic's subject, how many values it shows and the extremes.",
            $"This {spec.Kind} titled \"{spec.Title}\" shows {measure}{unit} for {spec.Stats.Count} categories. {max.Label} is highest at {V(max.Value)} and {min.Label} is lowest at {V(min.Value)}.", QaTypes.Summary));
        result.Add(new QaPair($"What was the {measure} of {stats[0].Label} in the previous year?", $"The graphic shows one value per category and no earlier period, so this cannot be read from it.", NotAnswerable, QaTypes.Unanswerable));
        return result;
    }

    private static List<QaPair> MapQa(GraphicSpec spec, SeededRandom random)
    {
        var roads = random.Sample(spec.Roads, spec.Roads.Count);
        var longest = spec.Roads.MaxBy(r => r.Km)!;
        var shortest = spec.Roads.MinBy(r => r.Km)!;
        var lengths = string.Join(", ", spec.Roads.Select(r => $"{r.From}–{r.To} {V(r.Km)} km"));
        var place = random.Pick(spec.Places);
        var meeting = spec.Roads.Where(r => r.From == place.Name || r.To == place.Name).ToList();
        var result = new List<QaPair>
        {
            new($"How long is the road between {roads[0].From} and {roads[0].To}, in km?", $"The label on that road reads {V(roads[0].Km)} km.", V(roads[0].Km), QaTypes.ShortAnswer),
            new($"How long is the road between {roads[1].From} and {roads[1].To}, in km?", $"The label on that road reads {V(roads[1].Km)} km.", V(roads[1].Km), QaTypes.ShortAnswer),
            new("What is the length of the shortest road on the map, in km?", $"The road labels are {lengths}; the shortest is {V(shortest.Km)} km.", V(shortest.Km), QaTypes.ShortAnswer),
            new("How many places are labelled on the map?", $"The map labels {string.Join(", ", spec.Places.Select(p => p.Name))}: {spec.Places.Count} places.", spec.Places.Count.ToString(CultureInfo.InvariantCulture), QaTypes.ShortAnswer),
            new("What distance does the scale bar represent, in km?", $"The scale bar is labelled {spec.ScaleKm} km.", spec.ScaleKm.ToString(CultureInfo.InvariantCulture), QaTypes.ShortAnswer),
            new("What is the total length of all roads on the map, in km?", $"Adding the road labels: {string.Join(" + ", spec.Roads.Select(r => V(r.Km)))} = {V(spec.Roads.Sum(r => r.Km))} km.", V(spec.Roads.Sum(r => r.Km)), QaTypes.ShortAnswer),
        };
        var route = Route(spec, random);
        if (route is { } r2)
        {
            result.Add(new QaPair($"What is the distance from {r2.A} to {r2.C} via {r2.B} along the roads, in km?", $"{r2.A} to {r2.B} is {V(r2.Ab)} km and {r2.B} to {r2.C} is {V(r2.Bc)} km; {V(r2.Ab)} + {V(r2.Bc)} = {V(r2.Ab + r2.Bc)} km.", V(r2.Ab + r2.Bc), QaTypes.ShortAnswer));
        }

        var degreeOptions = Enumerable.Range(1, 5).Where(n => n != meeting.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        var choices = new[]
        {
            new ChartQuestion(QaFamily.ShortAnswer, "longest", new QaPair("What is the length of the longest road on the map, in km?", $"The road labels are {lengths}; the longest is {V(longest.Km)} km, between {longest.From} and {longest.To}.", V(longest.Km)), [.. spec.Roads.Where(r => r != longest).Select(r => V(r.Km))]),
            new ChartQuestion(QaFamily.ShortAnswer, "degree", new QaPair($"How many roads meet at {place.Name}?", $"Roads touching {place.Name}: {string.Join(", ", meeting.Select(m => $"{m.From}–{m.To}"))}; that is {meeting.Count}.", meeting.Count.ToString(CultureInfo.InvariantCulture)), degreeOptions),
        };
        result.AddRange(choices.Select(c => MultipleChoice.Convert(c, random).Typed));
        var (p, q) = (roads[^1], roads[^2]);
        result.Add(new QaPair($"Is the road between {p.From} and {p.To} longer than the road between {q.From} and {q.To}?", $"They are labelled {V(p.Km)} km and {V(q.Km)} km, so it is {(p.Km > q.Km ? "longer" : "not longer")}.", p.Km > q.Km ? "Yes" : "No", QaTypes.YesNo));
        result.Add(new QaPair("Summarize the graphic.", "The summary names the map, its places, its roads and the extremes.",
            $"This map titled \"{spec.Title}\" shows {spec.Places.Count} places joined by {spec.Roads.Count} roads. The longest road is {V(longest.Km)} km and the shortest is {V(shortest.Km)} km.", QaTypes.Summary));
        result.Add(new QaPair($"What is the speed limit on the road between {roads[0].From} and {roads[0].To}?", "The map labels road lengths only, not speed limits.", NotAnswerable, QaTypes.Unanswerable));
        return result;
    }

    private static (string A, string B, string C, decimal Ab, decimal Bc)? Route(GraphicSpec spec, SeededRandom random)
    {
        var paths = (from x in spec.Roads
                     from y in spec.Roads
                     where x != y
                     let shared = new[] { x.From, x.To }.Intersect([y.From, y.To]).ToList()
                     where shared.Count == 1
                     let b = shared[0]
                     select (A: x.From == b ? x.To : x.From, B: b, C: y.From == b ? y.To : y.From, Ab: x.Km, Bc: y.Km)).ToList();
        return paths.Count == 0 ? null : random.Pick(paths);
    }

    private static string V(decimal value) => QaNumber.Value(value);
}
