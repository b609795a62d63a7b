namespace Cosyn.Families.Graphics;

/// <summary>A road between two places, labelled with its length in kilometres (one decimal).</summary>
public sealed record MapRoad(string From, string To, decimal Km);
