using System.Text.Json;

namespace Cosyn.Families.Screens;

/// <summary>One domain's screen content: app names, chat channels and lines, email subjects and labels, shop products.</summary>
public sealed record ScreenDomain(
    IReadOnlyList<string> Apps,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Labels,
    IReadOnlyList<(string Name, decimal Low, decimal High)> Products,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Chat)
{
    internal static ScreenDomain Read(JsonElement e) => new(
        ScreenLexicon.Strings(e, "apps"),
        ScreenLexicon.Strings(e, "channels"),
        ScreenLexicon.Strings(e, "labels"),
        [.. e.GetProperty("products").EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetDecimal(), p[2].GetDecimal()))],
        ScreenLexicon.Strings(e, "subjects"),
        ScreenLexicon.Strings(e, "chat"));
}
