using System.Text.Json;
using System.Text.Json.Nodes;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Documents;

/// <summary>The built-in document content, read once from the embedded <c>Documents/Lexicon/*.json</c> files.</summary>
public sealed class DocumentLexicon
{
    private const string Prefix = "Cosyn.Documents.Lexicon.";

    private static readonly Lazy<DocumentLexicon> LazyDefault = new(() => new DocumentLexicon());

    private DocumentLexicon()
    {
        Domains = [.. Read("domains.json")["domains"]!.AsArray().Select(d => new DocumentDomain(
            (string)d!["domain"]!, Strings(d["businesses"]), Priced(d["goods"]), Priced(d["services"]), Strings(d["roles"]),
            Strings(d["courses"]), Strings(d["sessions"]), Strings(d["metrics"])))];
        var common = Read("common.json");
        FirstNames = Strings(common["firstNames"]);
        LastNames = Strings(common["lastNames"]);
        Streets = Strings(common["streets"]);
        Cities = Strings(common["cities"]);
        Airports = [.. common["airports"]!.AsArray().Select(a => ((string)a![0]!, (string)a[1]!))];
        Airlines = [.. common["airlines"]!.AsArray().Select(a => ((string)a![0]!, (string)a[1]!))];
        Banks = Strings(common["banks"]);
        Payees = Priced(common["payees"]);
        Incomes = Priced(common["incomes"]);
        Colleges = Strings(common["colleges"]);
        Degrees = Strings(common["degrees"]);
        Skills = Strings(common["skills"]);
        FormTypes = [.. common["formTypes"]!.AsArray().Select(f => ((string)f![0]!, (string)f[1]!, Strings(f[2])))];
        PaymentMethods = Strings(common["paymentMethods"]);
        Foods = JsonSerializer.Deserialize<List<NutritionFood>>(Read("nutrition.json")["foods"], Options)!;
        Panels = [.. Read("labs.json")["panels"]!.AsArray().Select(p => new LabPanel(
            (string)p!["name"]!, Strings(p["domains"]), (string)p["specimen"]!,
            [.. p["analytes"]!.AsArray().Select(a => new LabAnalyte((string)a![0]!, (string)a[1]!, (decimal)a[2]!, (decimal)a[3]!, (int)a[4]!))]))];
        Recipes = [.. Read("recipes.json")["recipes"]!.AsArray().Select(r => new RecipeEntry(
            (string)r!["name"]!, Strings(r["words"]), (int)r["servings"]!, ((int)r["prep"]![0]!, (int)r["prep"]![1]!), ((int)r["cook"]![0]!, (int)r["cook"]![1]!),
            [.. r["ingredients"]!.AsArray().Select(i => ((string)i![0]!, (decimal)i[1]!, (string)i[2]!))], Strings(r["steps"])))];
        Menus = [.. Read("menus.json")["menus"]!.AsArray().Select(m => new MenuStyle(
            (string)m!["style"]!,
            [.. m["sections"]!.AsArray().Select(s => ((string)s![0]!, Priced(s[1])))]))];
    }

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static DocumentLexicon Default => LazyDefault.Value;

    public IReadOnlyList<DocumentDomain> Domains { get; }

    public IReadOnlyList<string> FirstNames { get; }

    public IReadOnlyList<string> LastNames { get; }

    public IReadOnlyList<string> Streets { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<(string Code, string City)> Airports { get; }

    public IReadOnlyList<(string Name, string Code)> Airlines { get; }

    public IReadOnlyList<string> Banks { get; }

    public IReadOnlyList<PricedItem> Payees { get; }

    public IReadOnlyList<PricedItem> Incomes { get; }

    public IReadOnlyList<string> Colleges { get; }

    public IReadOnlyList<string> Degrees { get; }

    public IReadOnlyList<string> Skills { get; }

    public IReadOnlyList<(string Title, string ChoiceLabel, IReadOnlyList<string> Options)> FormTypes { get; }

    public IReadOnlyList<string> PaymentMethods { get; }

    public IReadOnlyList<NutritionFood> Foods { get; }

    public IReadOnlyList<LabPanel> Panels { get; }

    public IReadOnlyList<RecipeEntry> Recipes { get; }

    public IReadOnlyList<MenuStyle> Menus { get; }

    /// <summary>The domain's content, or the general one when the domain has none.</summary>
    public DocumentDomain Domain(string key) => Domains.FirstOrDefault(d => d.Domain == key) ?? Domains.First(d => d.Domain == "general");

    private static JsonNode Read(string file)
    {
        using var stream = EmbeddedJson.Open(Prefix + file);
        return JsonNode.Parse(stream)!;
    }

    private static List<string> Strings(JsonNode? node) => [.. node!.AsArray().Select(n => (string)n!)];

    private static List<PricedItem> Priced(JsonNode? node) =>
        [.. node!.AsArray().Select(n => new PricedItem((string)n![0]!, (decimal)n[1]!, (decimal)n[2]!))];
}
