namespace Cosyn.Families.Documents.Builders;

/// <summary>A restaurant or café menu: sections of dishes with prices (and a short description line).</summary>
internal static class MenuBuilder
{
    public const string Item = "Item";
    public const string Section = "Section";
    public const string Price = "Price";

    public static DocumentSpec Build(DocumentContext c)
    {
        var style = c.Lexicon.Menus.First(m => m.Style == c.Plan.Subject);
        var rows = new List<IReadOnlyList<DocumentCell>>();
        foreach (var (section, items) in style.Sections)
        {
            foreach (var item in c.Random.Sample(items, Math.Min(items.Count, c.Random.Next(3, 6))))
            {
                var price = item.High <= 6 ? c.Price(item) : Math.Floor(item.Low + ((item.High - item.Low) * (decimal)c.Random.NextDouble())) + c.Random.Pick([0m, 0.5m, 0.95m]);
                rows.Add([DocumentCell.Of(item.Name), DocumentCell.Of(section), DocumentCell.Of(price)]);
            }
        }

        var table = new DocumentTable("menu", "Menu", "items",
            [new(Item, DocumentValueKind.Text), new(Section, DocumentValueKind.Text), new(Price, DocumentValueKind.Money, 2, Comparable: true)], rows, Section);
        var open = c.Random.Next(7, 12);
        var fields = new List<DocumentField> { new("Hours", $"Daily {open}:00 – {c.Random.Next(20, 24)}:00") };
        return new DocumentSpec(DocumentKinds.Menu, style.Style + " Menu", c.Plan.Issuer, c.Address(), fields, [table], [], [], c.Currency)
        {
            Footer = [c.Random.Pick(["Please tell your server about any allergies.", "Ask about our seasonal specials.", "Gluten-free options available on request."])],
        };
    }
}
