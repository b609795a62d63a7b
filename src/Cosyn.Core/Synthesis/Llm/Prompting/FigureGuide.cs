namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>What one figure type needs beyond its pipeline's guides (<c>figures.json</c>): the data's shape and size, and how to draw it.</summary>
/// <param name="Data">Added to the data stage's guide and told to the topic stage (so topics fit the data); null when the pipeline's guide says it all.</param>
/// <param name="Code">Added to the code stage's guide; null when the pipeline's guide says it all.</param>
public sealed record FigureGuide(string? Data = null, string? Code = null);
