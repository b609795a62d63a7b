using Cosyn.Synthesis.Procedural.Diagrams.Vocabulary;

namespace Cosyn.Synthesis.Procedural.Diagrams;

/// <summary>The topic stage's choice: which kind of diagram, about which vocabulary entry.</summary>
public sealed record DiagramPlan(string Kind, IDiagramVocabulary Entry);
