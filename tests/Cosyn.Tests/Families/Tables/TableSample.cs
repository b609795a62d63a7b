using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Tables;

/// <summary>One procedurally made table sample, as the engine would assemble it.</summary>
internal sealed record TableSample(string Pipeline, long Seed, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa);
