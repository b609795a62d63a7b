namespace Cosyn.Pipelines.ScreenHtml;

/// <summary>The screen figure types, with the query words that pick each.</summary>
public static class ScreenKinds
{
    public const string Settings = "settings page";
    public const string Dashboard = "dashboard";
    public const string Checkout = "checkout form";
    public const string Chat = "chat app";
    public const string Email = "email client";

    public static IReadOnlyList<string> All { get; } = [Settings, Dashboard, Checkout, Chat, Email];

    private static readonly (string Word, string Kind)[] QueryWords =
    [
        ("setting", Settings), ("preference", Settings), ("toggle", Settings),
        ("dashboard", Dashboard), ("kpi", Dashboard), ("analytics", Dashboard), ("metric", Dashboard),
        ("checkout", Checkout), ("cart", Checkout), ("shop", Checkout), ("order", Checkout), ("payment", Checkout),
        ("chat", Chat), ("messag", Chat), ("conversation", Chat),
        ("email", Email), ("e-mail", Email), ("inbox", Email), ("mail", Email),
    ];

    /// <summary>The kind a free-text query names, if any (e.g. "an email inbox" picks <see cref="Email"/>).</summary>
    /// <remarks>When several kinds are named, the one mentioned first wins ("an email inbox with messages" is an email client).</remarks>
    public static string? FromQuery(string? query) =>
        query is null ? null : QueryWords
            .Select(w => (w.Kind, At: query.IndexOf(w.Word, StringComparison.OrdinalIgnoreCase)))
            .Where(w => w.At >= 0)
            .OrderBy(w => w.At)
            .Select(w => w.Kind)
            .FirstOrDefault();
}
