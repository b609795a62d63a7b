using System.Text.Json;
using Cosyn.Personas;

namespace Cosyn.Families.Charts;

/// <summary>The built-in chart templates of every domain, read once from the embedded <c>Domains/*.json</c> files.</summary>
public sealed class ChartTemplateLibrary
{
    private const string ResourcePrefix = "Cosyn.Charts.Domains.";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<ChartTemplateLibrary> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, DomainChartTemplates> _byDomain;

    private ChartTemplateLibrary(IEnumerable<DomainChartTemplates> domains)
    {
        _byDomain = domains.ToDictionary(d => d.Domain, StringComparer.Ordinal);
    }

    /// <summary>The library built into the assembly.</summary>
    public static ChartTemplateLibrary Default => LazyDefault.Value;

    /// <summary>Domains that have templates, in <see cref="DomainKeys.All"/> order then General.</summary>
    public IReadOnlyList<string> Domains => [.. DomainKeys.All.Append(DomainKeys.General).Where(_byDomain.ContainsKey)];

    /// <summary>The templates of <paramref name="domain"/>, or null when it has none.</summary>
    public DomainChartTemplates? Find(string domain) => _byDomain.GetValueOrDefault(domain);

    private static ChartTemplateLibrary LoadEmbedded()
    {
        var assembly = typeof(ChartTemplateLibrary).Assembly;
        var domains = new List<DomainChartTemplates>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            domains.Add(JsonSerializer.Deserialize<DomainChartTemplates>(stream, JsonOptions)
                ?? throw new InvalidDataException($"Empty chart template file {name}."));
        }

        return new ChartTemplateLibrary(domains);
    }
}
