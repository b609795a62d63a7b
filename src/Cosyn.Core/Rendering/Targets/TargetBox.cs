namespace Cosyn.Rendering.Targets;

/// <summary>The box of one element a page marked as a pointing target, in pixels of the image it belongs to.</summary>
/// <param name="Id">The element's <c>data-point-target</c> value; several elements may share one id.</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public sealed record TargetBox(string Id, double X, double Y, double Width, double Height)
{
    /// <summary>The centre point, where a pointing answer lands.</summary>
    public (double X, double Y) Centre => (X + (Width / 2), Y + (Height / 2));
}
