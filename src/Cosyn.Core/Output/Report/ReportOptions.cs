namespace Cosyn.Output.Report;

/// <summary>Options of <c>cosyn report</c>.</summary>
public sealed class ReportOptions
{
    /// <summary>The report file; by default <c>report.html</c> in the run folder, beside <c>images/</c>.</summary>
    public string? Output { get; set; }

    /// <summary>Written samples shown per pipeline, and failed ones likewise: a 100K run's report stays small and opens fast.</summary>
    public int GalleryPerPipeline { get; set; } = 12;
}
