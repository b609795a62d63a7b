namespace Cosyn.Engine;

/// <summary>Seconds the engine itself spent in one session outside the sample stages, which stats.json does not time.</summary>
/// <param name="PlanSeconds">Planning: making each attempt's ticket (seed, persona, figure type).</param>
/// <param name="WriteSeconds">Committing: image files, store rows and <c>samples.jsonl</c> lines.</param>
/// <param name="StatsSeconds">Rebuilding and writing <c>stats.json</c> from the store at the end.</param>
public sealed record EngineTimings(double PlanSeconds, double WriteSeconds, double StatsSeconds);
