using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>One generated diagram sample: topic, data, code and QA.</summary>
internal sealed record DiagramSample(string Pipeline, long Seed, ProceduralTopic Topic, ProceduralData Data, string Code, IReadOnlyList<QaPair> Qa);
