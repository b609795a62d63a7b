using Cosyn.Rendering.Images;
using Cosyn.Rendering.Layout;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Layout;

/// <summary>Assertions on a render's layout facts, checked against the final PNG they describe.</summary>
internal static class LayoutAssert
{
    /// <summary>Runs <paramref name="inner"/>'s render through the tool's image policy, as the engine does, and checks the facts describe that PNG.</summary>
    public static async Task<(RenderResult Result, LayoutFacts Layout)> RenderFinalAsync(IRenderer inner, RenderRequest request)
    {
        // Not disposed: the inner renderer belongs to a shared fixture.
        var renderer = new PostProcessingRenderer(inner, ImagePolicies.For(request.Tool));
        var result = await renderer.RenderAsync(request, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var layout = Assert.IsType<LayoutFacts>(result.Layout);
        var (width, height) = Cosyn.Rendering.Targets.PngSize.Read(result.Png!);
        Assert.Equal((width, height), (layout.ImageWidth, layout.ImageHeight));
        return (result, layout);
    }

    /// <summary>The single box whose text contains <paramref name="text"/>.</summary>
    public static TextBox Single(LayoutFacts layout, string text)
    {
        var found = layout.Texts.Where(t => t.Text.Contains(text, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"'{text}' found {found.Count} times in: {Describe(layout)}");
        return found[0];
    }

    /// <summary>Asserts the two boxes overlap by at least a quarter of the smaller one.</summary>
    public static void Overlap(TextBox a, TextBox b)
    {
        var smaller = Math.Min(a.Width * a.Height, b.Width * b.Height);
        Assert.True(a.OverlapArea(b) > smaller / 4, $"{a} and {b} do not overlap");
    }

    /// <summary>Asserts the box lies inside the image and its pixels are not all background: the text is where the box says.</summary>
    public static void HasInk(byte[] png, TextBox box)
    {
        using var bitmap = TestImages.Decode(png);
        Assert.False(box.Exceeds(bitmap.Width, bitmap.Height, 2), $"{box} is outside the {bitmap.Width}x{bitmap.Height} image");
        Assert.True(InkShare(bitmap, box) > 0.02, $"{box} covers no drawn pixels");
    }

    /// <summary>Share of the box's pixels that are not near white.</summary>
    public static double InkShare(SKBitmap bitmap, TextBox box)
    {
        int x0 = Math.Max(0, (int)box.X), y0 = Math.Max(0, (int)box.Y);
        int x1 = Math.Min(bitmap.Width, (int)Math.Ceiling(box.Right)), y1 = Math.Min(bitmap.Height, (int)Math.Ceiling(box.Bottom));
        var ink = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                var p = bitmap.GetPixel(x, y);
                ink += p.Red + p.Green + p.Blue < 600 ? 1 : 0;
            }
        }

        return (x1 - x0) * (y1 - y0) is var area and > 0 ? (double)ink / area : 0;
    }

    /// <summary>The grey pixels of <paramref name="box"/> scaled to a 16 x 16 grid: a glyph's fingerprint, to tell two glyphs from two tofu boxes.</summary>
    public static double[] Fingerprint(byte[] png, TextBox box)
    {
        using var bitmap = TestImages.Decode(png);
        var grid = new double[256];
        for (var gy = 0; gy < 16; gy++)
        {
            for (var gx = 0; gx < 16; gx++)
            {
                var p = bitmap.GetPixel(
                    Math.Clamp((int)(box.X + ((gx + 0.5) * box.Width / 16)), 0, bitmap.Width - 1),
                    Math.Clamp((int)(box.Y + ((gy + 0.5) * box.Height / 16)), 0, bitmap.Height - 1));
                grid[(gy * 16) + gx] = (p.Red + p.Green + p.Blue) / 765.0;
            }
        }

        return grid;
    }

    /// <summary>Mean absolute difference of two fingerprints (0 = the same picture).</summary>
    public static double Difference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Average();

    public static string Describe(LayoutFacts layout) =>
        string.Join("; ", layout.Texts.Take(60).Select(t => FormattableString.Invariant($"'{t.Text}' ({t.X:0},{t.Y:0} {t.Width:0}x{t.Height:0}{(t.Clipped == true ? " clipped" : "")})")));
}
