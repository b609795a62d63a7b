namespace Cosyn.Output.Export;

/// <summary>A sample left out of an export, and why (missing or corrupt image, duplicate id, unreadable line).</summary>
public sealed record SkippedSample(string Id, string Run, string Reason);
