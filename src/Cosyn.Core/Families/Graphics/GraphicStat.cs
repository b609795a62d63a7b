namespace Cosyn.Families.Graphics;

/// <summary>One labelled number of an infographic or icon panel; <paramref name="Icon"/> names the pictogram drawn beside it.</summary>
public sealed record GraphicStat(string Label, decimal Value, string Icon);
