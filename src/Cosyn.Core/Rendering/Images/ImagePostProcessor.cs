using SkiaSharp;

namespace Cosyn.Rendering.Images;

/// <summary>Cleans every rendered image the same way: flatten alpha on white, trim the border, downscale, reject unusable ones.</summary>
public static class ImagePostProcessor
{
    /// <summary>Processes <paramref name="png"/> (any format SkiaSharp decodes) under <paramref name="policy"/>.</summary>
    public static ImageOutcome Process(byte[] png, ImagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(policy);
        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        using var decoded = codec is null ? null : SKBitmap.Decode(codec);
        if (decoded is null || decoded.Width == 0 || decoded.Height == 0)
        {
            return ImageOutcome.Reject(ImageRejections.Undecodable, "not a decodable image");
        }

        using var flat = Flatten(decoded);
        var crop = policy.Trim ? TrimRect(flat, policy) : new SKRectI(0, 0, flat.Width, flat.Height);
        if (crop.IsEmpty)
        {
            return ImageOutcome.Reject(ImageRejections.NearUniform, "a single colour", flat.Width, flat.Height);
        }

        using var trimmed = Crop(flat, crop);
        using var scaled = Downscale(trimmed, policy);
        if (Check(scaled, policy) is { } rejection)
        {
            return rejection;
        }

        using var encoded = scaled.Encode(SKEncodedImageFormat.Png, 100);
        var scale = trimmed.Width == scaled.Width ? 1.0 : (double)scaled.Width / trimmed.Width;
        return ImageOutcome.Accept(encoded.ToArray(), scaled.Width, scaled.Height) with { Transform = new ImageTransform(crop.Left, crop.Top, scale) };
    }

    private static SKBitmap Flatten(SKBitmap source)
    {
        var flat = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(flat);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default, null);
        return flat;
    }

    private static SKRectI TrimRect(SKBitmap bitmap, ImagePolicy policy)
    {
        var background = bitmap.GetPixel(0, 0);
        var content = PixelStats.ContentBounds(bitmap, background, policy.ColourTolerance);
        if (content.IsEmpty)
        {
            return content;
        }

        var m = policy.TrimMargin;
        return new SKRectI(
            Math.Max(0, content.Left - m),
            Math.Max(0, content.Top - m),
            Math.Min(bitmap.Width, content.Right + m),
            Math.Min(bitmap.Height, content.Bottom + m));
    }

    private static SKBitmap Crop(SKBitmap source, SKRectI rect)
    {
        var cropped = new SKBitmap(new SKImageInfo(rect.Width, rect.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(cropped);
        canvas.DrawBitmap(source, rect, new SKRect(0, 0, rect.Width, rect.Height), SKSamplingOptions.Default, null);
        return cropped;
    }

    private static SKBitmap Downscale(SKBitmap source, ImagePolicy policy)
    {
        var factor = Math.Min(1.0, Math.Min((double)policy.MaxWidth / source.Width, (double)policy.MaxHeight / source.Height));
        if (factor >= 1.0)
        {
            return source.Copy();
        }

        var width = Math.Max(1, (int)Math.Round(source.Width * factor));
        var height = Math.Max(1, (int)Math.Round(source.Height * factor));
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        // Mipmaps + linear avoid the aliasing of a plain bilinear shrink on thin chart lines and text.
        return source.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    private static ImageOutcome? Check(SKBitmap bitmap, ImagePolicy policy)
    {
        int w = bitmap.Width, h = bitmap.Height;
        var shortSide = Math.Min(w, h);
        var aspect = (double)Math.Max(w, h) / shortSide;
        if (aspect > policy.MaxAspectRatio)
        {
            return ImageOutcome.Reject(ImageRejections.ExtremeAspect, Invariant($"aspect ratio {aspect:0.0} > {policy.MaxAspectRatio}"), w, h);
        }

        if (shortSide < policy.MinShortSide)
        {
            return ImageOutcome.Reject(ImageRejections.TooSmall, Invariant($"short side {shortSide} px < {policy.MinShortSide}"), w, h);
        }

        var dominant = PixelStats.DominantColourFraction(bitmap, policy.ColourTolerance);
        return dominant > policy.MaxDominantColourFraction
            ? ImageOutcome.Reject(ImageRejections.NearUniform, Invariant($"one colour covers {dominant:P1}"), w, h)
            : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
