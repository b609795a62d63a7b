namespace Cosyn.Rendering.CliTools;

/// <summary>What a tool job produced: PNG bytes or a failure (the base renderer adds the elapsed time).</summary>
public readonly record struct ToolOutcome(byte[]? Png, RenderFailure? Failure)
{
    public static ToolOutcome Success(byte[] png) => new(png, null);

    public static ToolOutcome Failed(RenderFailure failure) => new(null, failure);

    public static implicit operator ToolOutcome(RenderFailure failure) => Failed(failure);
}
