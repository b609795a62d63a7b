using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams;

/// <summary>The topic stage's choice: which kind of diagram, about which vocabulary entry.</summary>
public sealed record DiagramPlan(string Kind, IDiagramVocabulary Entry);
