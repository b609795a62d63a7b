using System.Text.RegularExpressions;

namespace Cosyn.Evaluation.References;

/// <summary>Reads what a sample id says: ids are <c>PIPELINE-sSEED-INDEX</c> (a retried slot adds <c>-rN</c>).</summary>
public static partial class SampleIds
{
    /// <summary>The pipeline an id names, or null for an id of another shape.</summary>
    public static string? PipelineOf(string sampleId)
    {
        ArgumentNullException.ThrowIfNull(sampleId);
        var m = Shape().Match(sampleId);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^(.+)-s\d+-\d+(?:-r\d+)?$")]
    private static partial Regex Shape();
}
