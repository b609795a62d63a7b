namespace Cosyn.Rendering.Images;

/// <summary>A cleaned PNG with its size, or the reason it was rejected.</summary>
public sealed record ImageOutcome
{
    private ImageOutcome(byte[]? png, int width, int height, string? rejection, string? detail)
    {
        Png = png;
        Width = width;
        Height = height;
        Rejection = rejection;
        Detail = detail;
    }

    /// <summary>Cleaned PNG bytes when accepted.</summary>
    public byte[]? Png { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A reason from <see cref="ImageRejections"/> when rejected.</summary>
    public string? Rejection { get; }

    /// <summary>Human detail for a rejection, e.g. the measured aspect ratio.</summary>
    public string? Detail { get; }

    /// <summary>How the accepted image's pixels relate to the rendered one's (crop, then scale).</summary>
    public ImageTransform Transform { get; init; } = ImageTransform.Identity;

    public bool Accepted => Png is not null;

    public static ImageOutcome Accept(byte[] png, int width, int height) => new(png, width, height, null, null);

    public static ImageOutcome Reject(string reason, string detail, int width = 0, int height = 0) =>
        new(null, width, height, reason, detail);

    /// <summary>The rejection as a render failure, for callers that count it with render failures.</summary>
    public RenderFailure ToFailure(string tool) =>
        new(tool, RenderFailureKind.ImageRejected, $"{Rejection}: {Detail}", "");
}
