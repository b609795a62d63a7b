namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>A yes/no check; <paramref name="No"/> is the step taken when the answer is no.</summary>
public sealed record FlowDecisionVocabulary(string Question, string No);
