using System.Text.RegularExpressions;
using Cosyn.Personas;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Documents;

/// <summary>
/// The topic stage shared by document pipelines: the kind (the ticket's figure type, else one the query names, else a
/// random one of the pipeline's), the domain (from the query when it names one, else the persona), who issues the
/// document and its subject (a food or recipe the query or persona mentions, a lab panel the domain orders, ...).
/// </summary>
public sealed partial class DocumentTopicPlanner(DocumentLexicon lexicon)
{
    private static readonly string[] Brands = ["Sunny Valley Foods", "Good Pantry Co.", "Harvest Lane", "Blue Ridge Kitchen", "Pure Acre", "Maple & Main Provisions"];
    private static readonly string[] Labs = ["Northline Analytical Laboratory", "CertiTest Labs", "Precision Analytics Inc.", "Tri-County Testing Services"];

    public DocumentTopicPlanner()
        : this(DocumentLexicon.Default)
    {
    }

    public ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> kinds, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(random);
        var query = ticket.Query ?? string.Empty;
        var kind = FigureTypeChoice.Choose(ticket, kinds, (asked, types, _) => KindFromQuery(asked, types), random);
        var domains = PersonaDomainClassifier.Classify(query).Concat(PersonaDomainClassifier.Classify(ticket.Persona.Text))
            .Where(d => lexicon.Domains.Any(x => x.Domain == d)).ToList();
        var domain = domains.Count == 0 ? random.Pick(lexicon.Domains).Domain : domains.Count > 1 && random.Chance(0.2) ? domains[1] : domains[0];
        // Query words name the subject first; the persona's words only when the query names none.
        var hints = (Words(query), Words(ticket.Persona.Text));
        var content = lexicon.Domain(domain);
        var (issuer, subject, topic) = kind switch
        {
            DocumentKinds.NutritionLabel => Nutrition(hints, random),
            DocumentKinds.RecipeCard => Recipe(hints, random),
            DocumentKinds.LabReport => Lab(domain, content, random),
            DocumentKinds.Menu => Menu(domain, content, random),
            DocumentKinds.Form => Form(content, random),
            DocumentKinds.Letter => Letter(content, random),
            DocumentKinds.Certificate => Certificate(content, random),
            DocumentKinds.ProductSheet => Product(content, random),
            DocumentKinds.BoardingPass => Boarding(random),
            DocumentKinds.Resume => Resume(content, random),
            DocumentKinds.BankStatement => Bank(random),
            _ => Issued(kind, content, random),
        };
        return new ProceduralTopic(kind, topic, new DocumentPlan(kind, domain, issuer, subject));
    }

    private static string? KindFromQuery(string query, IReadOnlyList<string> kinds)
    {
        var text = " " + string.Join(' ', Words(query)) + " ";
        return kinds.FirstOrDefault(k => DocumentKinds.QueryWords[k].Any(w => text.Contains(" " + w + " ", StringComparison.Ordinal) || text.Contains(" " + w + "s ", StringComparison.Ordinal)));
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private (string, string, string) Nutrition((List<string>, List<string>) hints, SeededRandom random)
    {
        var food = Matching(lexicon.Foods, f => f.Words, hints, random);
        return (random.Pick(Brands), food.Name, $"Nutrition facts label for {food.Name}");
    }

    private (string, string, string) Recipe((List<string>, List<string>) hints, SeededRandom random)
    {
        var recipe = Matching(lexicon.Recipes, r => r.Words, hints, random);
        var cook = random.Pick(lexicon.FirstNames);
        return ($"From {cook}'s kitchen", recipe.Name, $"Recipe card for {recipe.Name}");
    }

    // An entry whose words the query or persona mentions (most of the time), otherwise any entry, so results stay varied.
    private static T Matching<T>(IReadOnlyList<T> entries, Func<T, IReadOnlyList<string>> words, (List<string> Query, List<string> Persona) hints, SeededRandom random)
    {
        List<T> Mentioned(List<string> said)
        {
            var text = " " + string.Join(' ', said) + " ";
            return [.. entries.Where(e => words(e).Any(w => text.Contains(" " + w + " ", StringComparison.Ordinal) || text.Contains(" " + w + "s ", StringComparison.Ordinal)))];
        }

        var matches = Mentioned(hints.Query) is { Count: > 0 } byQuery ? byQuery : Mentioned(hints.Persona);
        return matches.Count > 0 && random.Chance(0.8) ? random.Pick(matches) : random.Pick(entries);
    }

    private (string, string, string) Lab(string domain, DocumentDomain content, SeededRandom random)
    {
        var panels = lexicon.Panels.Where(p => p.Domains.Contains(domain)).ToList();
        var panel = random.Pick(panels.Count > 0 ? panels : lexicon.Panels);
        var issuer = panel.Domains.Contains("health") && domain == "health" ? random.Pick(content.Businesses) : random.Pick(Labs);
        return (issuer, panel.Name, $"{panel.Name} from {issuer}");
    }

    private (string, string, string) Menu(string domain, DocumentDomain content, SeededRandom random)
    {
        var style = random.Pick(lexicon.Menus);
        var issuer = domain == "food" && random.Chance(0.5) ? random.Pick(content.Businesses) : $"{random.Pick(lexicon.LastNames)}'s {style.Style}";
        return (issuer, style.Style, $"{style.Style} menu of {issuer}");
    }

    private (string, string, string) Form(DocumentDomain content, SeededRandom random)
    {
        var type = random.Pick(lexicon.FormTypes);
        var issuer = random.Pick(content.Businesses);
        return (issuer, type.Title, $"{type.Title} for {issuer}");
    }

    private static (string, string, string) Letter(DocumentDomain content, SeededRandom random)
    {
        var subject = random.Chance(0.5) ? "reminder" : "quotation";
        var issuer = random.Pick(content.Businesses);
        return (issuer, subject, subject == "reminder" ? $"Payment reminder letter from {issuer}" : $"Price quotation letter from {issuer}");
    }

    private static (string, string, string) Certificate(DocumentDomain content, SeededRandom random)
    {
        var course = random.Pick(content.Courses);
        var issuer = random.Pick(content.Businesses);
        return (issuer, course, $"Certificate for {course} from {issuer}");
    }

    private static (string, string, string) Product(DocumentDomain content, SeededRandom random)
    {
        var product = random.Pick(content.Goods);
        var issuer = random.Pick(content.Businesses);
        return (issuer, product.Name, $"Product sheet for {product.Name} by {issuer}");
    }

    private (string, string, string) Boarding(SeededRandom random)
    {
        var airline = random.Pick(lexicon.Airlines);
        return (airline.Name, airline.Code, $"{airline.Name} boarding pass");
    }

    private (string, string, string) Resume(DocumentDomain content, SeededRandom random)
    {
        var name = random.Pick(lexicon.FirstNames) + " " + random.Pick(lexicon.LastNames);
        var role = random.Pick(content.Roles);
        return (name, role, $"Resume of {name}, {role}");
    }

    private (string, string, string) Bank(SeededRandom random)
    {
        var bank = random.Pick(lexicon.Banks);
        return (bank, "checking", $"Monthly checking account statement from {bank}");
    }

    private static (string, string, string) Issued(string kind, DocumentDomain content, SeededRandom random)
    {
        var issuer = random.Pick(content.Businesses);
        var noun = DocumentNouns.Noun(kind);
        return (issuer, kind, $"{char.ToUpperInvariant(noun[0])}{noun[1..]} from {issuer}");
    }

    [GeneratedRegex(@"[\p{L}\p{N}'&]+")]
    private static partial Regex WordPattern();
}
