using System.Text.Json;
using Cosyn.Personas;

namespace Cosyn.Families.Tables;

/// <summary>The built-in table templates of every domain, read once from the embedded <c>Tables/Domains/*.json</c> files.</summary>
public sealed class TableTemplateLibrary
{
    private const string ResourcePrefix = "Cosyn.Tables.Domains.";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<TableTemplateLibrary> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<string, DomainTableTemplates> _byDomain;

    private TableTemplateLibrary(IEnumerable<DomainTableTemplates> domains) => _byDomain = domains.ToDictionary(d => d.Domain, StringComparer.Ordinal);

    /// <summary>The library built into the assembly.</summary>
    public static TableTemplateLibrary Default => LazyDefault.Value;

    /// <summary>Domains that have templates, in <see cref="DomainKeys.All"/> order then General.</summary>
    public IReadOnlyList<string> Domains => [.. DomainKeys.All.Append(DomainKeys.General).Where(_byDomain.ContainsKey)];

    /// <summary>The templates of <paramref name="domain"/>, or null when it has none.</summary>
    public DomainTableTemplates? Find(string domain) => _byDomain.GetValueOrDefault(domain);

    private static TableTemplateLibrary LoadEmbedded()
    {
        var assembly = typeof(TableTemplateLibrary).Assembly;
        var domains = new List<DomainTableTemplates>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            domains.Add(JsonSerializer.Deserialize<DomainTableTemplates>(stream, JsonOptions)
                ?? throw new InvalidDataException($"Empty table template file {name}."));
        }

        return new TableTemplateLibrary(domains);
    }
}
