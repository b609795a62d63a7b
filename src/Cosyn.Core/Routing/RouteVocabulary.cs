using System.Text.Json;

namespace Cosyn.Routing;

/// <summary>The offline router's concepts, read once from the embedded <c>RouteVocabulary.json</c>.</summary>
public static class RouteVocabulary
{
    private static readonly Lazy<IReadOnlyList<RouteConcept>> Loaded = new(Load);

    public static IReadOnlyList<RouteConcept> Concepts => Loaded.Value;

    private static List<RouteConcept> Load()
    {
        using var stream = typeof(RouteVocabulary).Assembly.GetManifestResourceStream("Cosyn.Routing.RouteVocabulary.json")
            ?? throw new InvalidOperationException("embedded RouteVocabulary.json is missing");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("concepts").EnumerateArray().Select(Read).ToList();
    }

    private static RouteConcept Read(JsonElement concept) => new(
        concept.GetProperty("name").GetString()!,
        concept.TryGetProperty("generic", out var generic) && generic.GetBoolean(),
        Strings(concept, "targets").Select(RouteTarget.Parse).ToList(),
        Phrases(concept, "phrases"),
        Phrases(concept, "hints"),
        concept.TryGetProperty("boost", out var boost) ? boost.GetDouble() : 1);

    private static List<string[]> Phrases(JsonElement concept, string property) =>
        Strings(concept, property).Select(QueryText.Words).Where(words => words.Length > 0).ToList();

    private static IEnumerable<string> Strings(JsonElement concept, string property) =>
        concept.TryGetProperty(property, out var values) ? values.EnumerateArray().Select(v => v.GetString()!) : [];
}
