namespace Cosyn.Bench;

/// <summary>Milliseconds of one tool's render steps in one process (bench <c>render-cost</c>).</summary>
internal sealed record InProcessCost(double First, double Warm, double PostFirst, double PostWarm, double Encode, double Layout, string Size);
