namespace Cosyn.Bench.Scale;

/// <summary>One tool's render count and time summed over every worker.</summary>
internal sealed record ToolTime(string Tool, int Renders, double Seconds, double LayoutSeconds);
