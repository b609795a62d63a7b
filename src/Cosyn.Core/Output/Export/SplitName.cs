namespace Cosyn.Output.Export;

/// <summary>Split names as the Hub spells them.</summary>
public static class SplitName
{
    public const string Train = "train";
    public const string Validation = "validation";
}
