namespace Cosyn.Output.Export.Hf;

/// <summary>An example image copied beside the card, with one of its questions.</summary>
public sealed record DatasetCardExample(string Config, string Id, string FigureType, string File, string? Question, string? Answer);
