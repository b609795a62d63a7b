namespace Cosyn.Model;

/// <summary>One instruction-tuning item: a question, the step-by-step reasoning, and the short answer.</summary>
public sealed record QaPair(string Question, string Explanation, string Answer);
