namespace Cosyn.Output.Export;

/// <summary>Options of one export; defaults as documented for <c>cosyn export</c>.</summary>
public sealed class ExportOptions
{
    public ExportFormat Format { get; set; } = ExportFormat.Hf;

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "";

    /// <summary>Share of each config (with at least <see cref="SplitPlan.MinimumForValidation"/> samples) put in validation.</summary>
    public double ValidationFraction { get; set; } = 0.05;

    /// <summary>A Parquet shard is closed once it reaches this size.</summary>
    public long MaxShardBytes { get; set; } = 500L * 1024 * 1024;

    public ConfigBy ConfigBy { get; set; } = ConfigBy.Category;

    public AnswerStyle AnswerStyle { get; set; } = AnswerStyle.Short;

    /// <summary>Most QA turns per conversation; a sample with more becomes several conversations. Null: no limit.</summary>
    public int? MaxTurns { get; set; }

    /// <summary>The command line, recorded in the dataset card.</summary>
    public string? CommandLine { get; set; }
}
