namespace Cosyn.Families.Music;

/// <summary>What the music topic stage hands the data stage: the figure type and the tune's title.</summary>
public sealed record MusicPlan(string FigureType, string Title);
