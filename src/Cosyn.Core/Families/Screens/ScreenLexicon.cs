using System.Text.Json;
using Cosyn.Personas;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Screens;

/// <summary>Screen content read once from the embedded <c>screens.json</c>: people, places, settings and per-domain app content.</summary>
public sealed class ScreenLexicon
{
    private static readonly Lazy<ScreenLexicon> LazyDefault = new(Load);

    private ScreenLexicon(JsonElement root)
    {
        FirstNames = Strings(root, "firstNames");
        LastNames = Strings(root, "lastNames");
        Cities = Strings(root, "cities");
        Streets = Strings(root, "streets");
        TaxRates = [.. root.GetProperty("taxRates").EnumerateArray().Select(e => e.GetDecimal())];
        Shipping = [.. root.GetProperty("shipping").EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, Range(e.GetProperty("cost"))))];
        SettingsSections = [.. root.GetProperty("settings").EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, Strings(e, "toggles")))];
        Selects = [.. root.GetProperty("selects").EnumerateArray().Select(e => (e.GetProperty("label").GetString()!, Strings(e, "values")))];
        Domains = root.GetProperty("domains").EnumerateObject().ToDictionary(p => p.Name, p => ScreenDomain.Read(p.Value), StringComparer.Ordinal);
    }

    public static ScreenLexicon Default => LazyDefault.Value;

    public IReadOnlyList<string> FirstNames { get; }

    public IReadOnlyList<string> LastNames { get; }

    public IReadOnlyList<string> Cities { get; }

    public IReadOnlyList<string> Streets { get; }

    public IReadOnlyList<decimal> TaxRates { get; }

    /// <summary>Shipping methods with a [low, high] cost range.</summary>
    public IReadOnlyList<(string Name, (decimal Low, decimal High) Cost)> Shipping { get; }

    /// <summary>Settings sections and the toggles each may hold.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Toggles)> SettingsSections { get; }

    /// <summary>Drop-down settings and their possible values.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<string> Values)> Selects { get; }

    public IReadOnlyDictionary<string, ScreenDomain> Domains { get; }

    /// <summary>The content of the first of <paramref name="domains"/> that has any, else the general content.</summary>
    public (string Key, ScreenDomain Content) DomainFor(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var key = domains.FirstOrDefault(Domains.ContainsKey) ?? DomainKeys.General;
        return (key, Domains[key]);
    }

    internal static IReadOnlyList<string> Strings(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray().Select(v => v.GetString()!)];

    private static (decimal, decimal) Range(JsonElement e) => (e[0].GetDecimal(), e[1].GetDecimal());

    private static ScreenLexicon Load()
    {
        using var stream = EmbeddedJson.Open("Cosyn.Screens.screens.json");
        using var document = JsonDocument.Parse(stream);
        return new ScreenLexicon(document.RootElement.Clone());
    }
}
