using System.Security.Cryptography;

namespace Cosyn.Personas;

/// <summary>The built-in persona vocabulary, parsed once from the embedded lexicon files and validated.</summary>
internal sealed class PersonaLexicon
{
    public const string Everyday = "everyday";

    // Order matters: the content hash covers the files in this order.
    private static readonly string[] FileNames = ["occupations.tsv", "interests.tsv", "places.tsv", "templates.tsv", "stages.tsv"];

    private static readonly Lazy<PersonaLexicon> Shared = new(Load);

    private PersonaLexicon()
    {
    }

    /// <summary>The lexicon embedded in this assembly, loaded on first use.</summary>
    public static PersonaLexicon Default => Shared.Value;

    public IReadOnlyList<Occupation> Occupations { get; private init; } = [];

    public IReadOnlyList<Place> Places { get; private init; } = [];

    /// <summary>Interests by domain key; <see cref="Everyday"/> holds hobbies anyone may have.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Interests { get; private init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<PersonaShape, IReadOnlyList<string>> Templates { get; private init; } =
        new Dictionary<PersonaShape, IReadOnlyList<string>>();

    /// <summary>Stage words before a working persona's title; the empty string means none.</summary>
    public IReadOnlyList<string> Modifiers { get; private init; } = [];

    public IReadOnlyList<string> StudentLevels { get; private init; } = [];

    /// <summary>Hex SHA-256 of the lexicon files, so a change of any word changes the library's fingerprint.</summary>
    public string ContentHash { get; private init; } = string.Empty;

    private static PersonaLexicon Load()
    {
        var texts = FileNames.ToDictionary(n => n, LexiconResource.ReadText, StringComparer.Ordinal);
        var stages = LexiconResource.Rows(texts["stages.tsv"], "stages.tsv", 2).ToList();
        var lexicon = new PersonaLexicon
        {
            Occupations = LexiconResource.Rows(texts["occupations.tsv"], "occupations.tsv", 5)
                .Select(c => new Occupation(c[0], c[1], c[2], c[3], c[4].Split('|')))
                .ToList(),
            Places = LexiconResource.Rows(texts["places.tsv"], "places.tsv", 2)
                .Select(c => new Place(c[0].Split(',').ToHashSet(StringComparer.Ordinal), c[1]))
                .ToList(),
            Interests = LexiconResource.Rows(texts["interests.tsv"], "interests.tsv", 2)
                .GroupBy(c => c[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c[1]).ToList(), StringComparer.Ordinal),
            Templates = LexiconResource.Rows(texts["templates.tsv"], "templates.tsv", 2)
                .GroupBy(c => Enum.Parse<PersonaShape>(c[0], ignoreCase: true))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c[1]).ToList()),
            Modifiers = stages.Where(c => c[0] == "modifier").Select(c => c[1] == "-" ? string.Empty : c[1]).ToList(),
            StudentLevels = stages.Where(c => c[0] == "level").Select(c => c[1]).ToList(),
            ContentHash = Hash(FileNames.Select(n => n + "\n" + texts[n])),
        };
        lexicon.Validate();
        return lexicon;
    }

    private void Validate()
    {
        var unknown = Occupations.Select(o => o.Domain).Concat(Interests.Keys)
            .Where(d => d != Everyday && !DomainKeys.All.Contains(d))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var duplicates = Occupations.GroupBy(o => o.Title, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var withoutInterests = DomainKeys.All.Where(d => !Interests.ContainsKey(d)).ToList();
        var placeless = Occupations.Where(o => !Places.Any(p => p.Suits(o.Setting))).Select(o => o.Title).ToList();
        var problems = new List<string>();
        AddIfAny(problems, "unknown domains", unknown);
        AddIfAny(problems, "duplicate occupation titles", duplicates);
        AddIfAny(problems, "domains without interests", withoutInterests);
        AddIfAny(problems, "occupations with no suitable place", placeless);
        if (!Interests.ContainsKey(Everyday) || Modifiers.Count == 0 || StudentLevels.Count == 0
            || Enum.GetValues<PersonaShape>().Any(s => !Templates.ContainsKey(s)))
        {
            problems.Add("everyday interests, modifiers, student levels and a template per shape are all required");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Built-in persona lexicon is invalid: " + string.Join("; ", problems) + ".");
        }
    }

    private static void AddIfAny(List<string> problems, string what, List<string> items)
    {
        if (items.Count > 0)
        {
            problems.Add(what + ": " + string.Join(", ", items));
        }
    }

    private static string Hash(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", parts))));
}
