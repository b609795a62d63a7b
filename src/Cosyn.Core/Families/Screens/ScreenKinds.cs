namespace Cosyn.Families.Screens;

/// <summary>The screen figure types, with the query words that pick each.</summary>
public static class ScreenKinds
{
    public const string Settings = "settings page";
    public const string Dashboard = "dashboard";
    public const string Checkout = "checkout form";
    public const string Chat = "chat app";
    public const string Email = "email client";

    public static IReadOnlyList<string> All { get; } = [Settings, Dashboard, Checkout, Chat, Email];

    private static readonly (string Word, string Kind)[] Words =
    [
        ("setting", Settings), ("preference", Settings), ("toggle", Settings),
        ("dashboard", Dashboard), ("kpi", Dashboard), ("analytics", Dashboard), ("metric", Dashboard),
        ("checkout", Checkout), ("cart", Checkout), ("shop", Checkout), ("order", Checkout), ("payment", Checkout),
        ("chat", Chat), ("messag", Chat), ("conversation", Chat),
        ("email", Email), ("e-mail", Email), ("inbox", Email), ("mail", Email),
    ];

    /// <summary>The kind a free-text query names, if any (the one mentioned first).</summary>
    public static string? FromQuery(string? query) => QueryWords.FirstNamed(query, Words);
}
