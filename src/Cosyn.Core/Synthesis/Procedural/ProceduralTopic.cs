namespace Cosyn.Synthesis.Procedural;

/// <summary>A procedural topic: figure type, the topic line, and the pipeline's private plan for the data stage.</summary>
public sealed record ProceduralTopic(string FigureType, string Topic, object Plan);
