namespace Cosyn.Families.Graphics;

/// <summary>The non-geometry graphic-svg figure types.</summary>
public static class GraphicKinds
{
    public const string Infographic = "infographic";
    public const string Icons = "icon with labels";
    public const string Map = "map";
}
