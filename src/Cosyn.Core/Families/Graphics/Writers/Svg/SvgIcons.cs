namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>Small pictograms as SVG path data in a 24×24 box, drawn scaled and translated beside a value.</summary>
public static class SvgIcons
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.Ordinal)
    {
        ["circle"] = "M12 3a9 9 0 1 0 0.01 0Z",
        ["drop"] = "M12 2C9 7 5 11 5 15a7 7 0 0 0 14 0c0-4-4-8-7-13Z",
        ["leaf"] = "M20 4C10 4 4 9 4 16c0 2 1 4 2 4 1-5 5-9 10-11-4 3-7 6-8 11 8 0 12-7 12-16Z",
        ["star"] = "M12 2l3 7h7l-5.5 4.5 2 7.5L12 17l-6.5 4 2-7.5L2 9h7Z",
        ["bolt"] = "M13 2L4 14h7l-1 8 9-12h-7Z",
        ["heart"] = "M12 21C5 15 2 12 2 8a5 5 0 0 1 10-1 5 5 0 0 1 10 1c0 4-3 7-10 13Z",
        ["box"] = "M3 7l9-4 9 4v10l-9 4-9-4Z",
        ["flag"] = "M5 2h2v20H5ZM7 3h12l-3 4 3 4H7Z",
    };

    /// <summary>A <c>path</c> element for <paramref name="icon"/>, top-left at (x, y), <paramref name="size"/> pixels square.</summary>
    public static string Path(string icon, double x, double y, double size, string fill)
    {
        var scale = (size / 24).ToString("0.###", CultureInfo.InvariantCulture);
        return $"<path d=\"{Paths[icon]}\" transform=\"translate({x.ToString("0.#", CultureInfo.InvariantCulture)} {y.ToString("0.#", CultureInfo.InvariantCulture)}) scale({scale})\" fill=\"{fill}\"/>";
    }
}
