using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Mathematics;

/// <summary>
/// The <c>data</c> of math and geometry samples, shaped like a model's "question + step-by-step solution" JSON:
/// <c>{subject, kind, title, question, given[], solution{steps[], answer}}</c>; values are exact (<c>7/12</c>, <c>5√2</c>, <c>3π/2</c>).
/// </summary>
public static class MathJson
{
    public static string Write(MathProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var document = new Dictionary<string, object>
        {
            ["subject"] = problem.Subject,
            ["kind"] = problem.Kind,
            ["title"] = problem.Title,
            ["question"] = problem.Statement,
            ["given"] = problem.Givens.Select(q => new Dictionary<string, string> { ["name"] = q.Key, ["label"] = q.Label, ["value"] = q.Value.ToString(), ["unit"] = q.Unit }).ToList(),
            ["solution"] = new Dictionary<string, object>
            {
                ["steps"] = problem.Steps.Select(q => new Dictionary<string, string> { ["name"] = q.Key, ["label"] = q.Label, ["value"] = q.Value.ToString(), ["unit"] = q.Unit, ["work"] = q.Work }).ToList(),
                ["answer"] = Answer(problem),
            },
        };
        return DataJson.Serialize(document);
    }

    /// <summary>The final answer line, e.g. <c>AB = 10 cm; area = 24 cm²</c>.</summary>
    public static string Answer(MathProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return string.Join("; ", problem.AnswerKeys.Select(problem.Get).Select(q => $"{q.Label} = {MathFormat.WithUnit(q.Value, q.Unit)}"));
    }
}
