using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

namespace Cosyn.Rendering;

/// <summary>The outcome of one render: PNG bytes, or a failure value. Never an exception for bad code.</summary>
public sealed record RenderResult
{
    private RenderResult(byte[]? png, RenderFailure? failure, TimeSpan elapsed)
    {
        Png = png;
        Failure = failure;
        Elapsed = elapsed;
    }

    /// <summary>PNG bytes when the render succeeded.</summary>
    public byte[]? Png { get; }

    /// <summary>Why the render failed, when it did.</summary>
    public RenderFailure? Failure { get; }

    /// <summary>Wall time spent.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Boxes of elements the code marked as pointing targets (HTML only), in pixels of <see cref="Png"/>; null when none were measured.</summary>
    public RenderTargets? Targets { get; init; }

    /// <summary>The text the render drew, with boxes in pixels of <see cref="Png"/>; null when the renderer did not measure it.</summary>
    public LayoutFacts? Layout { get; init; }

    /// <summary>How many figures the code drew that could have been the image (matplotlib); null when the renderer does not count them.</summary>
    public int? FiguresFound { get; init; }

    public bool Succeeded => Png is not null;

    public static RenderResult Success(byte[] png, TimeSpan elapsed) => new(png, null, elapsed);

    public static RenderResult Failed(RenderFailure failure, TimeSpan elapsed) => new(null, failure, elapsed);

    /// <summary>The same result (targets and layout kept) timed as <paramref name="elapsed"/>, for a caller that measured more than the inner render.</summary>
    public RenderResult WithElapsed(TimeSpan elapsed) => new(Png, Failure, elapsed) { Targets = Targets, Layout = Layout, FiguresFound = FiguresFound };
}
