using SkiaSharp;

namespace Cosyn.Rendering.Images;

/// <summary>
/// Cleans every rendered image the same way: flatten alpha on white, trim the uniform border, downscale to the cap,
/// pad small drawings with their background to the minimum size, and reject only the unusable (undecodable, absurdly
/// large, blank or one colour, a speck, a strip beyond the aspect limit), saying what was measured and what to change.
/// </summary>
public static class ImagePostProcessor
{
    /// <summary>Processes <paramref name="png"/> (any format SkiaSharp decodes) under <paramref name="policy"/>.</summary>
    public static ImageOutcome Process(byte[] png, ImagePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(policy);
        using var data = SKData.CreateCopy(png);
        using var codec = SKCodec.Create(data);
        if (codec is not null && (long)codec.Info.Width * codec.Info.Height > policy.MaxDecodedPixels)
        {
            var (w, h) = (codec.Info.Width, codec.Info.Height);
            return ImageOutcome.Reject(ImageRejections.AbsurdSize, Invariant(
                $"the rendered image is {w} x {h} px ({(double)w * h / 1e6:0} megapixels, over the {policy.MaxDecodedPixels / 1e6:0}-megapixel limit): lower the figure size or DPI"), w, h);
        }

        // An opaque image decodes straight into the scanned format: nothing to flatten, no copy.
        using var decoded = codec is null ? null
            : codec.Info.AlphaType == SKAlphaType.Opaque ? SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888))
            : SKBitmap.Decode(codec);
        if (decoded is null || decoded.Width == 0 || decoded.Height == 0)
        {
            return ImageOutcome.Reject(ImageRejections.Undecodable, Invariant($"the tool's output ({png.Length} bytes) is not a decodable image"));
        }

        using var flattened = decoded is { ColorType: SKColorType.Rgba8888, AlphaType: SKAlphaType.Opaque } ? null : Flatten(decoded);
        var flat = flattened ?? decoded;
        var background = flat.GetPixel(0, 0);
        var content = PixelStats.ContentBounds(flat, background, policy.ColourTolerance);
        if (content.IsEmpty)
        {
            return ImageOutcome.Reject(ImageRejections.NearUniform, Invariant(
                $"every pixel of the {flat.Width} x {flat.Height} px image is one colour ({Hex(background)}): nothing was drawn, or it was drawn off the saved area"), flat.Width, flat.Height);
        }

        if (Math.Max(content.Width, content.Height) < policy.MinContentSide)
        {
            return ImageOutcome.Reject(ImageRejections.TooSmall, Invariant(
                $"the content is {content.Width} x {content.Height} px after cropping the uniform border (a speck: under {policy.MinContentSide} px on its long side): draw it larger"), flat.Width, flat.Height);
        }

        var crop = policy.Trim ? Expand(content, policy.TrimMargin, flat) : new SKRectI(0, 0, flat.Width, flat.Height);
        // Each step below makes a new bitmap only when it changes something (null otherwise).
        using var cropped = crop.Width == flat.Width && crop.Height == flat.Height ? null : Crop(flat, crop);
        var trimmed = cropped ?? flat;
        using var downscaled = Downscale(trimmed, policy);
        var scaled = downscaled ?? trimmed;
        var dominant = PixelStats.DominantColourFraction(scaled, policy.ColourTolerance);
        if (dominant > policy.MaxDominantColourFraction)
        {
            return ImageOutcome.Reject(ImageRejections.NearUniform, Invariant(
                $"one colour covers {dominant:P1} of the {scaled.Width} x {scaled.Height} px image after cropping its border (limit {policy.MaxDominantColourFraction:P1}): almost nothing was drawn; draw more or larger content"), scaled.Width, scaled.Height);
        }

        using var padding = Pad(scaled, policy.MinShortSide, background, out var padLeft, out var padTop);
        var padded = padding ?? scaled;
        int pw = padded.Width, ph = padded.Height;
        var aspect = (double)Math.Max(pw, ph) / Math.Min(pw, ph);
        if (aspect > policy.MaxAspectRatio)
        {
            return ImageOutcome.Reject(ImageRejections.ExtremeAspect, Invariant(
                $"the image is {pw} x {ph} px after cropping its border and padding to {policy.MinShortSide} px, aspect {aspect:0.0}:1 over the {policy.MaxAspectRatio:0.#}:1 limit: wrap or split the content into rows"), pw, ph);
        }

        if (flattened is null && cropped is null && downscaled is null && padding is null && codec!.EncodedFormat == SKEncodedImageFormat.Png)
        {
            // Nothing to flatten, crop, scale or pad (the matplotlib worker crops by this rule itself): keep the tool's
            // PNG rather than spend an encode, the largest part of post-processing, on the same pixels.
            return ImageOutcome.Accept(png, pw, ph);
        }

        using var encoded = padded.Encode(SKEncodedImageFormat.Png, 100);
        var scale = trimmed.Width == scaled.Width ? 1.0 : (double)scaled.Width / trimmed.Width;
        return ImageOutcome.Accept(encoded.ToArray(), pw, ph) with
        {
            Transform = new ImageTransform(crop.Left, crop.Top, scale) { PadLeft = padLeft, PadTop = padTop },
        };
    }

    private static SKBitmap Flatten(SKBitmap source)
    {
        var flat = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(flat);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default, null);
        return flat;
    }

    // The content with a margin, never beyond the image's edge.
    private static SKRectI Expand(SKRectI content, int margin, SKBitmap bitmap) => new(
        Math.Max(0, content.Left - margin),
        Math.Max(0, content.Top - margin),
        Math.Min(bitmap.Width, content.Right + margin),
        Math.Min(bitmap.Height, content.Bottom + margin));

    // A view of the rectangle sharing the source's pixels (integer offsets: the same pixels a copy would hold, without
    // copying a 3000-px render).
    private static SKBitmap Crop(SKBitmap source, SKRectI rect)
    {
        var cropped = new SKBitmap();
        if (!source.ExtractSubset(cropped, rect))
        {
            cropped.Dispose();
            throw new InvalidOperationException(Invariant($"cannot crop {source.Width} x {source.Height} px to {rect}"));
        }

        return cropped;
    }

    // Null when the image fits the cap.
    private static SKBitmap? Downscale(SKBitmap source, ImagePolicy policy)
    {
        var factor = Math.Min(1.0, Math.Min((double)policy.MaxWidth / source.Width, (double)policy.MaxHeight / source.Height));
        if (factor >= 1.0)
        {
            return null;
        }

        var width = Math.Max(1, (int)Math.Round(source.Width * factor));
        var height = Math.Max(1, (int)Math.Round(source.Height * factor));
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        // Below half size a plain bilinear shrink skips source pixels (thin chart lines and text alias): mipmaps then.
        // Above it every source pixel still weighs in, and building the mipmaps would cost four times the resize.
        var mipmaps = factor < 0.5 ? SKMipmapMode.Linear : SKMipmapMode.None;
        return source.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, mipmaps));
    }

    // Centred on a canvas of the background colour at least minSide on each side; integer offsets, so deterministic. Null when large enough.
    private static SKBitmap? Pad(SKBitmap source, int minSide, SKColor background, out int left, out int top)
    {
        int width = Math.Max(source.Width, minSide), height = Math.Max(source.Height, minSide);
        left = (width - source.Width) / 2;
        top = (height - source.Height) / 2;
        if (left == 0 && top == 0)
        {
            return null;
        }

        var padded = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(padded);
        canvas.Clear(background);
        canvas.DrawBitmap(source, left, top, SKSamplingOptions.Default, null);
        return padded;
    }

    private static string Hex(SKColor c) => Invariant($"#{c.Red:x2}{c.Green:x2}{c.Blue:x2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
