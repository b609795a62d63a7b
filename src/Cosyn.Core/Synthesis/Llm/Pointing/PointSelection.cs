using Cosyn.Families.Points;
using Cosyn.Rendering.Targets;

namespace Cosyn.Synthesis.Llm.Pointing;

/// <summary>
/// Keeps the model's pointing questions whose every mark was measured once, visibly, inside the image, and answers
/// them from the measured boxes; the rest are dropped and counted by reason. The model never gives a coordinate.
/// </summary>
public static class PointSelection
{
    /// <summary>The kept questions answered (<see cref="PointAnswers.Answer"/>) and what was dropped; <paramref name="declared"/> tells a hidden mark from an invented one.</summary>
    public static (PointingSet Set, PointCheck Check) Select(IReadOnlyList<PointQuestion> questions, RenderTargets targets, IReadOnlyCollection<string> declared)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(declared);
        var kept = new List<PointQuestion>();
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var question in questions)
        {
            var reason = Reason(question, targets, declared) ?? (asked.Add(question.Question.TrimEnd('.', '?', ' ')) ? null : PointMarks.RepeatedQuestion);
            if (reason is null)
            {
                kept.Add(question);
            }
            else
            {
                dropped[reason] = dropped.GetValueOrDefault(reason) + 1;
            }
        }

        return (PointAnswers.Answer(kept, targets), new PointCheck(questions.Count, kept.Count, dropped));
    }

    /// <summary>One line for a correction or a failure: "3 of 7 questions dropped (duplicate-target 1, missing-target 2)".</summary>
    public static string Describe(PointCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var reasons = string.Join(", ", check.Dropped.Select(d => $"{d.Key} {d.Value}"));
        return $"{check.Asked - check.Kept} of {check.Asked} questions dropped ({reasons})";
    }

    private static string? Reason(PointQuestion question, RenderTargets targets, IReadOnlyCollection<string> declared)
    {
        foreach (var id in question.Targets)
        {
            var problem = PointMarks.Problem(id, targets);
            if (problem is not null)
            {
                return problem == PointMarks.MissingTarget && declared.Contains(id) ? PointMarks.HiddenTarget : problem;
            }
        }

        return null;
    }
}
