using Cosyn.Rendering.Layout;

namespace Cosyn.Rendering.CliTools;

/// <summary>What a tool job produced: PNG bytes or a failure (the base renderer adds the elapsed time).</summary>
public readonly record struct ToolOutcome(byte[]? Png, RenderFailure? Failure)
{
    /// <summary>The text the tool drew, in pixels of <see cref="Png"/>; null when the tool's route measures none.</summary>
    public LayoutFacts? Layout { get; init; }

    /// <summary>The result of this outcome after <paramref name="elapsed"/>.</summary>
    public RenderResult ToResult(TimeSpan elapsed) =>
        Png is { } png ? RenderResult.Success(png, elapsed) with { Layout = Layout } : RenderResult.Failed(Failure!, elapsed);

    public static ToolOutcome Success(byte[] png) => new(png, null);

    public static ToolOutcome Failed(RenderFailure failure) => new(null, failure);

    public static implicit operator ToolOutcome(RenderFailure failure) => Failed(failure);
}
