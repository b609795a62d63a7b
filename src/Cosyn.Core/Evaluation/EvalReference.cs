namespace Cosyn.Evaluation;

/// <summary>One question to score: its id, the accepted answers and what the breakdown groups by.</summary>
/// <param name="Id">Question id; for QA pairs of a run <c>SAMPLE_ID#INDEX</c>.</param>
/// <param name="Answers">Accepted answers (at least one); metrics take the best match.</param>
/// <param name="Question">The question text, when known (multiple-choice scoring reads its options).</param>
/// <param name="Pipeline">The sample's pipeline, when known.</param>
/// <param name="FigureType">The sample's figure type, when known.</param>
/// <param name="QaType">The QA pair's kind (short answer, multiple choice, ...), when recorded.</param>
/// <param name="Image">The image path relative to the references' folder, when known.</param>
public sealed record EvalReference(
    string Id,
    IReadOnlyList<string> Answers,
    string? Question = null,
    string? Pipeline = null,
    string? FigureType = null,
    string? QaType = null,
    string? Image = null);
