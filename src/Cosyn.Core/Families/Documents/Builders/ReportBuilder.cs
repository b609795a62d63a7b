namespace Cosyn.Families.Documents.Builders;

/// <summary>A short periodic report: who prepared it and when, a narrative, and one metric by site for two periods.</summary>
internal static class ReportBuilder
{
    private static readonly string[] Sites = ["North", "South", "East", "West", "Downtown", "Online", "Riverside", "Airport"];

    public static DocumentSpec Build(DocumentContext c)
    {
        var metric = c.Random.Pick(c.Domain.Metrics);
        var year = c.Random.Next(2021, 2025);
        var quarter = c.Random.Next(2, 5);
        var previous = $"Q{quarter - 1} {year}";
        var current = $"Q{quarter} {year}";
        var scale = c.Random.Pick([40, 120, 900, 2500, 18000]);
        var rows = new List<IReadOnlyList<DocumentCell>>();
        foreach (var site in c.Random.Sample(Sites, c.Random.Next(4, 7)))
        {
            var earlier = (decimal)Math.Round(scale * c.Random.NextDouble(0.5, 1.5));
            var later = (decimal)Math.Round((double)earlier * c.Random.NextDouble(0.8, 1.3));
            rows.Add([DocumentCell.Of(site), DocumentCell.Of(earlier), DocumentCell.Of(later)]);
        }

        var table = new DocumentTable("metrics", $"{metric} by site", "sites",
            [new("Site", DocumentValueKind.Text), new(previous, DocumentValueKind.Number, 0, true, true), new(current, DocumentValueKind.Number, 0, true, true)], rows);
        var before = rows.Sum(r => r[1].Number!.Value);
        var after = rows.Sum(r => r[2].Number!.Value);
        var fields = new List<DocumentField> { new("Prepared by", c.Person()), c.DateField("Date", c.Date()), new("Department", c.Random.Pick(["Operations", "Finance", "Planning", "Quality"])) };
        var trend = after >= before ? "rose" : "fell";
        var body = new List<string>
        {
            $"This report reviews {metric.ToLowerInvariant()} across {DocumentFormat.Whole(rows.Count)} sites of {c.Plan.Issuer} for {current}, compared with {previous}.",
            $"Across all sites the figure {trend} from {DocumentFormat.Number(before, 0)} to {DocumentFormat.Number(after, 0)}. The table below gives the breakdown by site.",
        };
        return new DocumentSpec(DocumentKinds.Report, $"{current} {metric} Report", c.Plan.Issuer, [], fields, [table], [], body, c.Currency);
    }
}
