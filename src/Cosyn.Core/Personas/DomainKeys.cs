namespace Cosyn.Personas;

/// <summary>
/// Subject domains that link personas to content: a persona is classified into domains, and procedural
/// pipelines keep data templates per domain. Adding a domain means adding a key here, keywords in
/// <see cref="PersonaDomainClassifier"/>, and templates in the pipelines.
/// </summary>
public static class DomainKeys
{
    public const string General = "general";
    public const string Health = "health";
    public const string Marine = "marine";
    public const string Agriculture = "agriculture";
    public const string Finance = "finance";
    public const string Retail = "retail";
    public const string Education = "education";
    public const string Sports = "sports";
    public const string Music = "music";
    public const string Climate = "climate";
    public const string Energy = "energy";
    public const string Transport = "transport";
    public const string Technology = "technology";
    public const string Space = "space";
    public const string Housing = "housing";
    public const string Tourism = "tourism";
    public const string Food = "food";
    public const string Manufacturing = "manufacturing";
    public const string Wildlife = "wildlife";
    public const string History = "history";
    public const string Government = "government";
    public const string Media = "media";
    public const string Fashion = "fashion";
    public const string Gaming = "gaming";
    public const string Law = "law";
    public const string Urban = "urban";
    public const string Science = "science";
    public const string Psychology = "psychology";
    public const string Logistics = "logistics";
    public const string Aviation = "aviation";
    public const string Fitness = "fitness";
    public const string Arts = "arts";
    public const string Literature = "literature";
    public const string Nonprofit = "nonprofit";
    public const string Geology = "geology";
    public const string Water = "water";
    public const string Marketing = "marketing";
    public const string Workforce = "workforce";

    /// <summary>Every domain except <see cref="General"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Health, Marine, Agriculture, Finance, Retail, Education, Sports, Music, Climate, Energy, Transport,
        Technology, Space, Housing, Tourism, Food, Manufacturing, Wildlife, History, Government, Media, Fashion,
        Gaming, Law, Urban, Science, Psychology, Logistics, Aviation, Fitness, Arts, Literature, Nonprofit,
        Geology, Water, Marketing, Workforce,
    ];
}
