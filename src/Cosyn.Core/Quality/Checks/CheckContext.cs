using Cosyn.Quality.Ocr;
using Cosyn.Rendering.Layout;

namespace Cosyn.Quality.Checks;

/// <summary>What the checks look at for one sample: the row, its PNG, the renderer's layout facts when it measured them, and OCR on demand.</summary>
public sealed class CheckContext
{
    private readonly Lazy<Task<OcrResult>> _ocr;
    private readonly Lazy<ImagePixels?> _pixels;

    public CheckContext(Sample sample, byte[] png, LayoutFacts? layout, IOcrEngine ocr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        Sample = sample ?? throw new ArgumentNullException(nameof(sample));
        Png = png ?? throw new ArgumentNullException(nameof(png));
        Layout = layout is { Source: not LayoutSource.None } ? layout : null;
        _ocr = new Lazy<Task<OcrResult>>(() => ocr.ReadAsync(png, cancellationToken));
        _pixels = new Lazy<ImagePixels?>(() => ImagePixels.Decode(png));
    }

    public Sample Sample { get; }

    public byte[] Png { get; }

    /// <summary>Measured text boxes; null when the renderer gave none (checks then fall back to OCR).</summary>
    public LayoutFacts? Layout { get; }

    /// <summary>The decoded image; null when the bytes are not an image.</summary>
    public ImagePixels? Pixels => _pixels.Value;

    /// <summary>True once OCR ran (the cost of a sample's checks depends on it).</summary>
    public bool OcrRan => _ocr.IsValueCreated;

    /// <summary>OCR of the image, run once however many checks ask.</summary>
    public Task<OcrResult> OcrAsync() => _ocr.Value;

    /// <summary>The text visible in the image: the layout's texts when measured, else OCR's words.</summary>
    public async Task<(string Text, string Source)> VisibleTextAsync()
    {
        if (Layout is { } layout)
        {
            return (string.Join(' ', layout.Texts.Select(t => t.Text)), layout.Source.ToString().ToLowerInvariant());
        }

        var ocr = await OcrAsync().ConfigureAwait(false);
        return (ocr.Text, "ocr");
    }
}
