namespace Cosyn.Rendering.Images;

/// <summary>Stable rejection reasons; they are stats keys.</summary>
public static class ImageRejections
{
    public const string Undecodable = "undecodable";
    public const string NearUniform = "near-uniform";
    public const string ExtremeAspect = "extreme-aspect";
    public const string TooSmall = "too-small";

    /// <summary>The rendered image is too large to decode (an absurd figure size or DPI).</summary>
    public const string AbsurdSize = "absurd-size";

    /// <summary>A vector drawing cannot fit the size cap with its text still legible (see <see cref="ImagePolicy.MinTextHeight"/>).</summary>
    public const string Illegible = "illegible";
}
