using Cosyn.Quality.Checks;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Llm.Pointing;

namespace Cosyn.Synthesis.Llm.Layout;

/// <summary>
/// The pointing marks of a rendered page that a code model can fix: none at all, too few a point can land on, marks
/// on several elements, and marks the image does not show (hidden, zero-size, clipped or off the page).
/// </summary>
public static class PointTargetReview
{
    public const string CheckName = "point-targets";

    /// <summary>Fewest usable marks a page needs for a row of varied questions.</summary>
    public const int MinTargets = 4;

    private const int MaxQuoted = 6;

    /// <summary>The findings for the marks of <paramref name="code"/> as <paramref name="targets"/> measured them (null: none measured); empty when they are fine.</summary>
    public static IReadOnlyList<CheckResult> Find(string code, RenderTargets? targets)
    {
        ArgumentNullException.ThrowIfNull(code);
        var declared = PointMarks.Declared(code);
        if (declared.Count == 0)
        {
            return [CheckResult.Fail(CheckName, 0, $"no element carries a {RenderTargets.Attribute} attribute: mark every element a question could point at, each with its own id")];
        }

        var found = new List<CheckResult>();
        var measured = targets ?? new RenderTargets(1, 1, []);
        var repeated = measured.Boxes.GroupBy(b => b.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"'{g.Key}' on {g.Count()} elements").ToList();
        if (repeated.Count > 0)
        {
            found.Add(CheckResult.Fail(CheckName, 0, $"marks used more than once: {Quote(repeated)}; give every marked element its own id"));
        }

        var unseen = declared.Where(id => measured.Find(id).Count == 0 || PointMarks.Problem(id, measured) == PointMarks.OutsideImage).Select(id => $"'{id}'").ToList();
        if (unseen.Count > 0)
        {
            found.Add(CheckResult.Fail(CheckName, 0, $"marked elements not visible in the image (hidden, zero-size, clipped or off the page): {Quote(unseen)}; show them or move the mark to the visible element"));
        }

        var usable = PointMarks.Usable(measured).Count;
        if (usable < MinTargets)
        {
            found.Add(CheckResult.Fail(CheckName, (double)usable / MinTargets, $"only {usable} marked elements can be pointed at; mark at least {MinTargets} distinct visible elements"));
        }

        return found;
    }

    private static string Quote(List<string> items) =>
        string.Join(", ", items.Take(MaxQuoted)) + (items.Count > MaxQuoted ? $" and {items.Count - MaxQuoted} more" : string.Empty);
}
