using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Documents;

/// <summary>One procedurally made document sample, as the engine would assemble it.</summary>
internal sealed record DocumentSample(string Pipeline, long Seed, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa);
