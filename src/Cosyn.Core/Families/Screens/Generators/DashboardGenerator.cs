using Cosyn.Families.Charts;
using Cosyn.Families.Screens.Model;
using Cosyn.Families.Shared.Qa;
using Cosyn.Personas;

namespace Cosyn.Families.Screens.Generators;

/// <summary>
/// A KPI dashboard whose measures come from the persona's domain chart templates (a farmer sees corn yield, a nurse
/// sees bed occupancy): each card has a seven-point trend whose last two points are the current and previous values.
/// </summary>
public static class DashboardGenerator
{
    private const int TrendLength = 7;

    public static DashboardScreen Create(string domainKey, string app, SeededRandom random)
    {

        ArgumentNullException.ThrowIfNull(random);
        var measures = Measures(domainKey);
        if (measures.Count < 4)
        {
            measures = [.. measures.Concat(Measures(DomainKeys.General)).DistinctBy(m => m.Name)];
        }

        var kpis = new List<DashboardKpi>();
        foreach (var measure in random.Sample(measures, random.Next(3, 5)))
        {
            kpis.Add(Kpi(measure, kpis, random));
        }

        var period = random.Pick(Periods);

        return new DashboardScreen(ScreenKinds.Dashboard, app, random.Pick(Titles), period, kpis);
    }

    private static readonly string[] Titles = ["Overview", "Performance", "This period at a glance", "Key metrics", "Operations dashboard"];

    private static readonly string[] Periods = ["vs. last month", "vs. last week", "vs. last quarter", "vs. last year"];

    private static DashboardKpi Kpi((string Name, string Unit, double Low, double High, int Decimals) m, List<DashboardKpi> others, SeededRandom random)
    {
        // Redraw until the change differs from every other card's: "which rose most" then has one answer.
        for (var attempt = 0; ; attempt++)
        {
            var trend = Trend(m.Low, m.High, m.Decimals, random);
            var value = trend[^1];
            var previous = trend[^2];
            if (previous == 0 || value == previous)
            {
                continue;
            }

            var change = QaNumber.Round((value - previous) / previous * 100, 1);
            if (change != 0 && (attempt > 20 || others.TrueForAll(o => o.ChangePercent != change)))
            {
                return new DashboardKpi(m.Name, m.Unit, Math.Min(m.Decimals, 2), value, previous, change, trend);
            }
        }
    }

    private static List<decimal> Trend(double low, double high, int decimals, SeededRandom random)
    {
        var span = high - low;
        var x = random.NextDouble(low + (span * 0.2), high - (span * 0.2));
        var points = new List<decimal>();
        for (var i = 0; i < TrendLength; i++)
        {
            x = Math.Clamp(x + (random.NextGaussian() * span * 0.08), low, high);
            points.Add(QaNumber.Round((decimal)x, Math.Min(decimals, 2)));
        }

        return points;
    }

    private static List<(string Name, string Unit, double Low, double High, int Decimals)> Measures(string domainKey)
    {
        var templates = ChartTemplateLibrary.Default.Find(domainKey) ?? ChartTemplateLibrary.Default.Find(DomainKeys.General)!;
        var list = new List<(string, string, double, double, int)>();
        foreach (var t in templates.Templates)
        {
            if (t.Range.Count == 2 && t.Range[0] >= 0)
            {
                list.Add((t.Measure, t.Unit, t.Range[0], t.Range[1], t.Decimals));
            }

            if (t.X is { } x && x.Range.Count == 2 && x.Range[0] >= 0)
            {
                list.Add((x.Measure, x.Unit, x.Range[0], x.Range[1], x.Decimals));
            }
        }

        return [.. list.DistinctBy(m => m.Item1)];
    }
}
