using Cosyn.Families.Screens;

namespace Cosyn.Families.Points;

/// <summary>The point-html figure types and the screens each draws from.</summary>
public static class PointKinds
{
    public const string Document = "document with targets";
    public const string Form = "form with targets";
    public const string Screen = "screen with targets";

    public static IReadOnlyList<string> All { get; } = [Document, Form, Screen];

    /// <summary>Screen kinds a form or screen sample is drawn as.</summary>
    public static IReadOnlyList<string> ScreenKindsOf(string figureType) => figureType == Form
        ? [ScreenKinds.Checkout, ScreenKinds.Settings]
        : [ScreenKinds.Dashboard, ScreenKinds.Chat, ScreenKinds.Email, ScreenKinds.Settings];

    private static readonly (string Word, string Kind)[] Words =
    [
        ("invoice", Document), ("document", Document), ("receipt", Document), ("bill", Document),
        ("form", Form), ("checkout", Form),
        ("screen", Screen), ("app", Screen), ("dashboard", Screen), ("inbox", Screen), ("chat", Screen),
    ];

    /// <summary>The kind a free-text query names, if any (the one mentioned first).</summary>
    public static string? FromQuery(string? query) => QueryWords.FirstNamed(query, Words);
}
