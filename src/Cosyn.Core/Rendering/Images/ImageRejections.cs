namespace Cosyn.Rendering.Images;

/// <summary>Stable rejection reasons; they are stats keys.</summary>
public static class ImageRejections
{
    public const string Undecodable = "undecodable";
    public const string NearUniform = "near-uniform";
    public const string ExtremeAspect = "extreme-aspect";
    public const string TooSmall = "too-small";
}
