using System.Text.RegularExpressions;
using Cosyn.Catalog;
using Cosyn.Rendering.Targets;

namespace Cosyn.Synthesis.Llm.Pointing;

/// <summary>The pointing marks (<c>data-point-target</c>) a page declares and the ones its render shows once, where a point can land.</summary>
public static partial class PointMarks
{
    /// <summary>Whether <paramref name="pipeline"/> makes CoSyn-point rows (questions answered by measured points, no QA pairs).</summary>
    public static bool IsPointing(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return pipeline.Family == PipelineFamily.Point;
    }

    /// <summary>The distinct mark ids written in <paramref name="code"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Declared(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return [.. Mark().Matches(code).Select(m => m.Groups["id"].Value.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The ids measured exactly once with their centre inside the image, in page order: the marks a question may name.</summary>
    public static IReadOnlyList<string> Usable(RenderTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return [.. targets.Boxes.Select(b => b.Id).Distinct(StringComparer.Ordinal).Where(id => Problem(id, targets) is null)];
    }

    /// <summary>Why <paramref name="id"/> cannot answer a question (<c>missing-target</c>, <c>duplicate-target</c>, <c>outside-image</c>), or null when it can.</summary>
    public static string? Problem(string id, RenderTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var boxes = targets.Find(id);
        if (boxes.Count == 0)
        {
            return MissingTarget;
        }

        if (boxes.Count > 1)
        {
            return DuplicateTarget;
        }

        var (x, y) = boxes[0].Centre;
        return x < 0 || y < 0 || x > targets.ImageWidth || y > targets.ImageHeight ? OutsideImage : null;
    }

    public const string MissingTarget = "missing-target";
    public const string HiddenTarget = "hidden-target";
    public const string DuplicateTarget = "duplicate-target";
    public const string OutsideImage = "outside-image";
    public const string RepeatedQuestion = "repeated-question";

    [GeneratedRegex("""data-point-target\s*=\s*(?:"(?<id>[^"]*)"|'(?<id>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Mark();
}
