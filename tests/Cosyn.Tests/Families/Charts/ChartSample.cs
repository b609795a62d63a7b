using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Charts;

/// <summary>One procedurally made chart sample, as the engine would assemble it.</summary>
internal sealed record ChartSample(long Seed, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa);
