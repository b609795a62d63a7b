namespace Cosyn.Families.Documents.Builders;

/// <summary>A lab report for the persona's world (blood panel, soil, water, concrete): results with units, reference ranges and H/L flags.</summary>
internal static class LabReportBuilder
{
    public const string Test = "Test";
    public const string Result = "Result";
    public const string Unit = "Unit";
    public const string Range = "Reference range";
    public const string Flag = "Flag";

    public static DocumentSpec Build(DocumentContext c)
    {
        var panel = c.Lexicon.Panels.First(p => p.Name == c.Plan.Subject);
        var rows = new List<IReadOnlyList<DocumentCell>>();
        foreach (var a in c.Random.Sample(panel.Analytes, Math.Min(panel.Analytes.Count, c.Random.Next(5, 9))).OrderBy(a => panel.Analytes.ToList().IndexOf(a)))
        {
            var width = a.High - a.Low;
            // Most results fall in range; some land a little below or above it.
            var position = c.Random.Chance(0.72) ? c.Random.NextDouble(0.08, 0.92) : c.Random.Chance(0.5) ? c.Random.NextDouble(1.06, 1.4) : c.Random.NextDouble(-0.3, -0.06);
            var value = Math.Round(a.Low + (width * (decimal)position), a.Decimals, MidpointRounding.AwayFromZero);
            value = Math.Max(value, 0);
            var flag = value > a.High ? "H" : value < a.Low ? "L" : string.Empty;
            rows.Add([DocumentCell.Of(a.Name), DocumentCell.Of(value), DocumentCell.Of(a.Unit), DocumentCell.Of($"{Show(a.Low, a.Decimals)}–{Show(a.High, a.Decimals)}"), flag.Length == 0 ? DocumentCell.Empty : DocumentCell.Of(flag)]);
        }

        var collected = c.Date();
        var clinical = panel.Domains.Contains("health");
        var table = new DocumentTable("results", "Results", "tests",
            [new(Test, DocumentValueKind.Text), new(Result, DocumentValueKind.Number, 3), new(Unit, DocumentValueKind.Text), new(Range, DocumentValueKind.Text), new(Flag, DocumentValueKind.Text)], rows);
        var fields = new List<DocumentField>
        {
            new(clinical ? "Patient" : "Client", clinical ? c.Person() : c.Random.Pick(c.Domain.Businesses)),
            new(clinical ? "Patient ID" : "Sample ID", c.Code(clinical ? "MRN-" : "S-", 6)),
            new("Specimen", panel.Specimen),
            c.DateField("Collected", collected),
            c.DateField("Reported", collected.AddDays(c.Random.Next(1, 8))),
            new(clinical ? "Ordering physician" : "Requested by", (clinical ? "Dr. " : string.Empty) + c.Person()),
        };
        return new DocumentSpec(DocumentKinds.LabReport, panel.Name, c.Plan.Issuer, c.Address(), fields, [table], [], [], c.Currency)
        {
            Footer = ["H = above reference range; L = below reference range.", $"Reviewed by {c.Person()}, laboratory director."],
        };
    }

    private static string Show(decimal value, int decimals) => DocumentFormat.Number(value, decimals).Replace(",", string.Empty, StringComparison.Ordinal);
}
