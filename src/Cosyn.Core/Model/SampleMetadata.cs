namespace Cosyn.Model;

/// <summary>Where a sample came from: the CoSyn-400K metadata fields plus what reproduces it.</summary>
public sealed record SampleMetadata(
    string Pipeline,
    string Tool,
    string FigureType,
    string Persona,
    string Topic,
    long Seed);
