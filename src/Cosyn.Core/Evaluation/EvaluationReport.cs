namespace Cosyn.Evaluation;

/// <summary>What <see cref="Evaluator"/> found: overall scores, breakdowns, and the ids it could not pair.</summary>
/// <param name="Overall">Every reference question.</param>
/// <param name="Breakdowns">Per dimension (pipeline, figure_type, qa_type), its groups ordered by name.</param>
/// <param name="Missing">Reference ids without a prediction (scored as wrong).</param>
/// <param name="Unknown">Prediction ids that no reference has (not scored).</param>
public sealed record EvaluationReport(
    EvalGroup Overall,
    IReadOnlyDictionary<string, IReadOnlyList<EvalGroup>> Breakdowns,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Unknown);
