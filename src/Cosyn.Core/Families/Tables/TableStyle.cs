namespace Cosyn.Families.Tables;

/// <summary>Colours and type shared by the table code writers, drawn per sample so tables look different across seeds.</summary>
/// <param name="Name">Palette name, for readers of the code.</param>
/// <param name="HeaderBackground">Header fill.</param>
/// <param name="HeaderText">Header text colour (contrasts with the fill).</param>
/// <param name="Stripe">Fill of alternate body rows.</param>
/// <param name="GroupBackground">Fill of group label cells and group header bands.</param>
/// <param name="Highlight">Fill of highlighted cells.</param>
/// <param name="Border">Rule and border colour.</param>
/// <param name="Sans">Whether to use a sans-serif face.</param>
/// <param name="Thousands">Whether numbers get thousands separators.</param>
public sealed record TableStyle(
    string Name, string HeaderBackground, string HeaderText, string Stripe, string GroupBackground, string Highlight, string Border, bool Sans, bool Thousands)
{
    private static readonly TableStyle[] Palettes =
    [
        new("navy", "#1F3A5F", "#FFFFFF", "#F2F5F9", "#DCE4EE", "#FFE08A", "#9AA8B8", true, false),
        new("teal", "#0F766E", "#FFFFFF", "#F0FAF8", "#CCEDE8", "#FDE68A", "#8FBFB8", true, false),
        new("slate", "#334155", "#F8FAFC", "#F1F5F9", "#E2E8F0", "#FECACA", "#94A3B8", true, false),
        new("forest", "#2F5233", "#FFFFFF", "#F3F7F0", "#DDE8D5", "#FFD58A", "#A3B79A", false, false),
        new("burgundy", "#7A1F2B", "#FFFFFF", "#FBF3F4", "#F0DADD", "#FFE9A8", "#C7A2A7", false, false),
        new("sand", "#E9DCC4", "#3B2F20", "#FAF6EE", "#F1E8D6", "#B9E4C9", "#C9B99A", false, false),
        new("sky", "#DBEAFE", "#1E3A8A", "#F8FAFF", "#E8F0FE", "#FEF08A", "#A5B4CF", true, false),
        new("graphite", "#222222", "#FFFFFF", "#F5F5F5", "#E6E6E6", "#FFD166", "#AAAAAA", true, false),
        new("plum", "#5B2A6E", "#FFFFFF", "#F8F3FA", "#EADCF0", "#C7F0D8", "#B7A2C0", true, false),
        new("amber", "#B45309", "#FFFFFF", "#FFFBF3", "#FDEBD0", "#BFDBFE", "#D6B48C", false, false),
    ];

    public static TableStyle Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Pick(Palettes) with { Sans = random.Chance(0.65), Thousands = random.Chance(0.4) };
    }
}
