using Cosyn.Personas;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Chemistry;

/// <summary>Persona -> domain -> compound categories that domain cares about -> a compound; the query can name a category or compound.</summary>
public static class ChemicalTopicPlanner
{
    private static readonly Dictionary<string, string[]> QueryWords = new(StringComparer.Ordinal)
    {
        [ChemicalFigureTypes.AtomIndices] = ["indices", "index", "numbered", "atom number"],
        [ChemicalFigureTypes.GroupHighlight] = ["functional group", "highlight"],
    };

    private static readonly Dictionary<string, string[]> DomainCategories = new(StringComparer.Ordinal)
    {
        [DomainKeys.Health] = ["drug", "hormone", "vitamin"],
        [DomainKeys.Psychology] = ["drug", "hormone"],
        [DomainKeys.Food] = ["food", "sugar", "fragrance", "vitamin"],
        [DomainKeys.Agriculture] = ["pesticide", "sugar", "amino acid"],
        [DomainKeys.Fitness] = ["amino acid", "vitamin", "sugar", "hormone"],
        [DomainKeys.Sports] = ["amino acid", "vitamin", "hormone"],
        [DomainKeys.Climate] = ["pollutant", "fuel"],
        [DomainKeys.Water] = ["pollutant", "pesticide", "solvent"],
        [DomainKeys.Marine] = ["pollutant", "pesticide"],
        [DomainKeys.Wildlife] = ["pesticide", "pollutant"],
        [DomainKeys.Urban] = ["pollutant", "fuel"],
        [DomainKeys.Energy] = ["fuel", "industrial"],
        [DomainKeys.Transport] = ["fuel", "industrial"],
        [DomainKeys.Aviation] = ["fuel", "solvent"],
        [DomainKeys.Manufacturing] = ["industrial", "solvent"],
        [DomainKeys.Technology] = ["industrial", "solvent"],
        [DomainKeys.Fashion] = ["dye", "fragrance"],
        [DomainKeys.Arts] = ["dye", "solvent"],
        [DomainKeys.Marketing] = ["fragrance", "food"],
    };

    private static readonly string[] Topics = ["Molecular structure of {name}", "{Name}, a {category} molecule", "The {category} compound {name}", "Skeletal formula of {name}"];

    public static ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        var figureType = FigureTypeChoice.Choose(ticket, figureTypes, QueryWords, random);
        var candidates = Candidates(ticket, random);
        if (figureType == ChemicalFigureTypes.GroupHighlight)
        {
            candidates = [.. candidates.Where(c => c.FunctionalGroups.Count > 0)];
        }

        var compound = random.Pick(candidates);
        var group = figureType == ChemicalFigureTypes.GroupHighlight ? random.Pick(compound.FunctionalGroups) : null;
        var topic = group is null
            ? random.Pick(Topics).Replace("{Name}", Capitalize(compound.Name), StringComparison.Ordinal).Replace("{name}", compound.Name, StringComparison.Ordinal)
                .Replace("{category}", compound.Category, StringComparison.Ordinal)
            : $"The {group} group of {compound.Name}";
        return new ProceduralTopic(figureType, Capitalize(topic), new ChemicalPlan(compound, figureType, group));
    }

    private static List<CatalogCompound> Candidates(SampleTicket ticket, SeededRandom random)
    {
        var all = MoleculeCatalog.Default.Compounds;
        var query = ticket.Query?.ToLowerInvariant() ?? string.Empty;
        var named = all.Where(c => query.Length > 0 && (query.Contains(c.Name, StringComparison.Ordinal) || query.Contains(c.Category, StringComparison.Ordinal))).ToList();
        if (named.Count > 0)
        {
            return named;
        }

        // Mostly the persona's own field; sometimes anything, so a pharmacist still meets a solvent now and then.
        var domain = PersonaDomainClassifier.Classify(ticket.Persona.Text).FirstOrDefault(DomainCategories.ContainsKey);
        if (domain is null || random.Chance(0.2))
        {
            return [.. all];
        }

        var categories = DomainCategories[domain];
        return [.. all.Where(c => categories.Contains(c.Category))];
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
