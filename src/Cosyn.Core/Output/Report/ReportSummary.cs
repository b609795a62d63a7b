namespace Cosyn.Output.Report;

/// <summary>What a report shows: its path and how many written and failed samples the gallery holds out of how many.</summary>
public sealed record ReportSummary(string Path, int PassedShown, int Written, int RejectedShown, int Failed);
