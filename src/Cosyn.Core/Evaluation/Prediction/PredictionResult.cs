namespace Cosyn.Evaluation.Prediction;

/// <summary>What one <c>predict</c> session did.</summary>
/// <param name="Questions">Questions in the input.</param>
/// <param name="Skipped">Already in the predictions file (earlier sessions).</param>
/// <param name="Predicted">Answered and appended this session.</param>
/// <param name="Failed">Calls that failed for good, by one-line reason; rerun to retry them.</param>
/// <param name="Stopped">Why the session stopped early (outage, cost cap, Ctrl+C); null when it went through.</param>
public sealed record PredictionResult(int Questions, int Skipped, int Predicted, IReadOnlyList<string> Failed, string? Stopped);
