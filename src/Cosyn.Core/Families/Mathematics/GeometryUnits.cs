namespace Cosyn.Families.Mathematics;

/// <summary>Length units geometry problems use.</summary>
public static class GeometryUnits
{
    public static IReadOnlyList<string> Lengths { get; } = ["cm", "m", "in", "ft", "mm"];
}
