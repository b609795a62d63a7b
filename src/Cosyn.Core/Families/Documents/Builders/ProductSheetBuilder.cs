namespace Cosyn.Families.Documents.Builders;

/// <summary>A product data sheet: model, warranty, specifications with units, and volume price tiers.</summary>
internal static class ProductSheetBuilder
{
    public const string Tier = "Order quantity";
    public const string Minimum = "Minimum units";
    public const string UnitPrice = "Unit price";

    public static DocumentSpec Build(DocumentContext c)
    {
        var product = c.Domain.Goods.First(g => g.Name == c.Plan.Subject);
        var price = c.Price(product);
        var minimums = new[] { 1, c.Random.Pick([10, 12, 20, 25]), c.Random.Pick([50, 100]), c.Random.Pick([250, 500]) };
        var tiers = new List<IReadOnlyList<DocumentCell>>();
        var tierPrice = price;
        for (var i = 0; i < minimums.Length; i++)
        {
            var label = i + 1 < minimums.Length ? $"{minimums[i]}–{minimums[i + 1] - 1} units" : $"{minimums[i]}+ units";
            tiers.Add([DocumentCell.Of(label), DocumentCell.Of(minimums[i]), DocumentCell.Of(tierPrice)]);
            tierPrice = Math.Round(tierPrice * c.Random.Pick([0.85m, 0.9m, 0.92m, 0.95m]), 2, MidpointRounding.AwayFromZero);
        }

        var weight = Math.Round((decimal)c.Random.NextDouble(0.2, 18), 1);
        var specs = new List<IReadOnlyList<DocumentCell>>
        {
            new[] { DocumentCell.Of("Weight"), DocumentCell.Of($"{weight} kg") },
            new[] { DocumentCell.Of("Dimensions"), DocumentCell.Of($"{c.Random.Next(8, 90)} × {c.Random.Next(5, 60)} × {c.Random.Next(2, 40)} cm") },
            new[] { DocumentCell.Of("Material"), DocumentCell.Of(c.Random.Pick(["Steel", "Aluminum", "Recycled plastic", "Cotton blend", "Glass-filled nylon", "Oak"])) },
            new[] { DocumentCell.Of("Color"), DocumentCell.Of(c.Random.Pick(["Black", "White", "Graphite", "Natural", "Navy", "Red"])) },
            new[] { DocumentCell.Of("Country of origin"), DocumentCell.Of(c.Random.Pick(["USA", "Canada", "Germany", "Mexico", "Vietnam", "Portugal"])) },
        };
        var fields = new List<DocumentField>
        {
            new("Product", product.Name),
            new("Model number", c.Code(InvoiceBuilder.Slug(product.Name)[..2].ToUpperInvariant() + "-", 4)),
            DocumentContext.NumberField("Warranty (years)", c.Random.Pick([1, 2, 3, 5])),
            c.MoneyField("List price", price),
        };
        var specTable = new DocumentTable("specifications", "Specifications", "specifications", [new("Specification", DocumentValueKind.Text), new("Value", DocumentValueKind.Text)], specs);
        var pricing = new DocumentTable("pricing", "Volume pricing", "price tiers",
            [new(Tier, DocumentValueKind.Text), new(Minimum, DocumentValueKind.Number), new(UnitPrice, DocumentValueKind.Money, 2)], tiers);
        return new DocumentSpec(DocumentKinds.ProductSheet, product.Name, c.Plan.Issuer, c.Address(), fields, [specTable, pricing], [], [$"The {product.Name} from {c.Plan.Issuer} is built for daily professional use."], c.Currency)
        {
            Footer = ["Prices per unit, excluding tax and shipping. Specifications subject to change."],
        };
    }
}
