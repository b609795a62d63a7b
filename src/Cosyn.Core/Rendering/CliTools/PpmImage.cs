using SkiaSharp;

namespace Cosyn.Rendering.CliTools;

/// <summary>
/// Turns a binary PPM (P6, 8-bit), which pdftoppm writes ten times faster than a PNG, into a quickly deflated PNG:
/// post-processing decodes and re-encodes every image anyway, so only the pixels have to survive this step.
/// SkiaSharp reads no PPM, and the format is a header and raw RGB.
/// </summary>
public static class PpmImage
{
    /// <summary>The PNG of the PPM in <paramref name="ppm"/>, or null when it is not an 8-bit P6 image.</summary>
    public static byte[]? ToPng(ReadOnlySpan<byte> ppm)
    {
        var at = 0;
        if (Token(ppm, ref at) != "P6" || !int.TryParse(Token(ppm, ref at), out var width) || !int.TryParse(Token(ppm, ref at), out var height)
            || Token(ppm, ref at) != "255" || width <= 0 || height <= 0)
        {
            return null;
        }

        at++; // the single whitespace byte after the maximum value
        if ((long)width * height * 3 > ppm.Length - at)
        {
            return null;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var rgb = ppm[at..];
        for (int i = 0, o = 0; i < width * height * 3; i += 3, o += 4)
        {
            pixels[o] = rgb[i];
            pixels[o + 1] = rgb[i + 1];
            pixels[o + 2] = rgb[i + 2];
            pixels[o + 3] = 255;
        }

        using var pixmap = bitmap.PeekPixels();
        using var png = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.NoFilters, 1));
        return png?.ToArray();
    }

    // Header tokens are separated by whitespace; '#' starts a comment to the end of the line.
    private static string Token(ReadOnlySpan<byte> data, ref int at)
    {
        while (at < data.Length && (char.IsWhiteSpace((char)data[at]) || data[at] == '#'))
        {
            if (data[at] == '#')
            {
                while (at < data.Length && data[at] != '\n')
                {
                    at++;
                }
            }
            else
            {
                at++;
            }
        }

        var start = at;
        while (at < data.Length && at - start < 16 && !char.IsWhiteSpace((char)data[at]))
        {
            at++;
        }

        return System.Text.Encoding.ASCII.GetString(data[start..at]);
    }
}
