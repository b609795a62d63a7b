using System.Text.Json;
using Cosyn.Personas;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Mathematics;

/// <summary>Persona conditioning for problems: the persona's best domain picks the people, items and trips word problems talk about.</summary>
public sealed class MathContext
{
    private static readonly Lazy<Dictionary<string, WordContext>> Contexts = new(Load);

    private MathContext(string domain, WordContext words)
    {
        Domain = domain;
        Words = words;
    }

    public string Domain { get; }

    public WordContext Words { get; }

    /// <summary>The context for a persona: its first domain that has word material, else the general one.</summary>
    public static MathContext For(string persona)
    {
        var domain = PersonaDomainClassifier.Classify(persona ?? string.Empty).FirstOrDefault(Contexts.Value.ContainsKey) ?? DomainKeys.General;
        return new MathContext(domain, Contexts.Value[domain]);
    }

    private static Dictionary<string, WordContext> Load()
    {
        using var stream = EmbeddedJson.Open("Cosyn.Mathematics.WordContexts.json");
        using var document = JsonDocument.Parse(stream);
        var result = new Dictionary<string, WordContext>(StringComparer.Ordinal);
        foreach (var domain in document.RootElement.EnumerateObject())
        {
            var d = domain.Value;
            result[domain.Name] = new WordContext(
                [.. d.GetProperty("people").EnumerateArray().Select(e => e.GetString()!)],
                [.. d.GetProperty("items").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetInt32(), e[2].GetInt32()))],
                [.. d.GetProperty("trips").EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!, e[2].GetInt32(), e[3].GetInt32()))],
                [.. d.GetProperty("tokens").EnumerateArray().Select(e => (e[0].GetString()!, e.EnumerateArray().Skip(1).Select(c => c.GetString()!).ToArray()))]);
        }

        return result;
    }
}
