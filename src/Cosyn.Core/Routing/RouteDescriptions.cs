using System.Text.Json;

namespace Cosyn.Routing;

/// <summary>The embedding router's descriptions of catalog targets and its general mixes, read once from the embedded <c>RouteDescriptions.json</c>.</summary>
public static class RouteDescriptions
{
    private static readonly Lazy<(IReadOnlyList<RouteDescription> Entries, IReadOnlyList<RouteDescription> Fallbacks)> Loaded = new(Load);

    /// <summary>One entry per kind of figure; every catalog target belongs to exactly one.</summary>
    public static IReadOnlyList<RouteDescription> Entries => Loaded.Value.Entries;

    /// <summary>The general mixes a query goes to when no entry is close ("data about something", "a kind of paper").</summary>
    public static IReadOnlyList<RouteDescription> Fallbacks => Loaded.Value.Fallbacks;

    private static (IReadOnlyList<RouteDescription>, IReadOnlyList<RouteDescription>) Load()
    {
        using var stream = typeof(RouteDescriptions).Assembly.GetManifestResourceStream("Cosyn.Routing.RouteDescriptions.json")
            ?? throw new InvalidOperationException("embedded RouteDescriptions.json is missing");
        using var document = JsonDocument.Parse(stream);
        return (Read(document.RootElement.GetProperty("entries")), Read(document.RootElement.GetProperty("fallbacks")));
    }

    private static List<RouteDescription> Read(JsonElement entries) => entries.EnumerateArray().Select(entry => new RouteDescription(
        entry.GetProperty("name").GetString()!,
        entry.GetProperty("targets").EnumerateArray().Select(t => RouteTarget.Parse(t.GetString()!)).ToList(),
        [entry.GetProperty("description").GetString()!, .. entry.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!)])).ToList();
}
