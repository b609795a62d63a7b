namespace Cosyn.Families.Documents;

/// <summary>What a document builder draws from: the plan, the domain's content, the random generator and shared helpers (names, dates, prices).</summary>
public sealed class DocumentContext(DocumentPlan plan, SeededRandom random, DocumentLexicon lexicon)
{
    private static readonly decimal[] Endings = [0.00m, 0.25m, 0.50m, 0.75m, 0.95m, 0.99m, 0.49m];

    public DocumentPlan Plan { get; } = plan;

    public SeededRandom Random { get; } = random;

    public DocumentLexicon Lexicon { get; } = lexicon;

    public DocumentDomain Domain { get; } = lexicon.Domain(plan.Domain);

    /// <summary>Mostly dollars; some documents are in euros or pounds.</summary>
    public string Currency { get; } = random.Chance(0.8) ? "$" : random.Chance(0.5) ? "€" : "£";

    public string DatePattern { get; } = random.Pick(DocumentFormat.DatePatterns);

    public string Person() => Random.Pick(Lexicon.FirstNames) + " " + Random.Pick(Lexicon.LastNames);

    public IReadOnlyList<string> Address() => [$"{Random.Next(12, 2400)} {Random.Pick(Lexicon.Streets)}", Random.Pick(Lexicon.Cities)];

    public DateOnly Date() => new DateOnly(2023, 1, 1).AddDays(Random.Next(0, 700));

    public string Show(DateOnly date) => DocumentFormat.Date(date, DatePattern);

    public DocumentField DateField(string label, DateOnly date) => new(label, Show(date), DocumentValueKind.Date);

    public DocumentField MoneyField(string label, decimal value) => new(label, DocumentFormat.Money(value, Currency), DocumentValueKind.Money, value);

    public static DocumentField NumberField(string label, decimal value, int decimals = 0) => new(label, DocumentFormat.Number(value, decimals), DocumentValueKind.Number, value);

    public static DocumentField TimeField(string label, int minutes) => new(label, DocumentFormat.Time(minutes), DocumentValueKind.Time, minutes);

    /// <summary>A shop-like price in the range: whole units plus a common ending (.00, .25, .50, .95, ...).</summary>
    public decimal Price(PricedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var whole = Math.Floor(item.Low + ((item.High - item.Low) * (decimal)Random.NextDouble()));
        return Math.Max(whole + Random.Pick(Endings), 0.25m);
    }

    public string Code(string prefix, int digits) => prefix + Random.Next((int)Math.Pow(10, digits - 1), (int)Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
