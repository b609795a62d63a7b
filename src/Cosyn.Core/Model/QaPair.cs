using System.Text.Json.Serialization;

namespace Cosyn.Model;

/// <summary>One instruction-tuning item: a question, the step-by-step reasoning, and the short answer.</summary>
/// <param name="Question">The question (multiple-choice questions list their options as "A. ..." lines).</param>
/// <param name="Explanation">Step-by-step reasoning ending in the answer.</param>
/// <param name="Answer">The short answer.</param>
/// <param name="Type">short-answer, multiple-choice, yes-no, summary or unanswerable; omitted from JSON when not recorded (the checks then derive it, see <c>QaTypes</c>).</param>
public sealed record QaPair(
    string Question,
    string Explanation,
    string Answer,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type = null);
