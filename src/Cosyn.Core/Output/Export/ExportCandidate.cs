using Cosyn.Model;

namespace Cosyn.Output.Export;

/// <summary>A sample read from a run with its image's full path and its config, or the reason it cannot be exported.</summary>
public sealed record ExportCandidate(Sample? Sample, string? ImagePath, string Config, string Run, SkippedSample? Skipped);
