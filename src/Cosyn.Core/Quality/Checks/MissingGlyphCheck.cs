namespace Cosyn.Quality.Checks;

/// <summary>Characters drawn as boxes or dropped: the renderer's missing-glyph report, else a row of hollow boxes in the pixels (tofu).</summary>
public sealed class MissingGlyphCheck() : SynchronousCheck(CheckName)
{
    public const string CheckName = "missing-glyphs";

    protected override CheckResult Check(CheckContext context, QualityOptions options)
    {
        if (context.Layout is { MissingGlyphs.Count: > 0 } layout)
        {
            var chars = string.Join(" ", layout.MissingGlyphs.Take(8).Select(g => $"'{g}'"));
            return CheckResult.Fail(Name, 0, $"{layout.MissingGlyphs.Count} missing glyphs: {chars}");
        }

        if (context.Pixels is { } pixels && TofuDetector.Find(pixels) is { } row)
        {
            return CheckResult.Fail(Name, 0, $"{row.Count} fallback boxes (tofu) in a row at ({row.X},{row.Y})");
        }

        return CheckResult.Pass(Name, context.Layout is null ? "no tofu boxes in the pixels" : "the renderer reported no missing glyphs and no tofu boxes in the pixels");
    }
}
