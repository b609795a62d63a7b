using System.Text.Json;
using Cosyn.Quality.Checks;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>
/// What <see cref="StatsBuilder"/> needs of one run-store row, its JSON line parsed once and dropped: a 20K-sample run's
/// stats hold these instead of every line (issue 17: the lines pushed the end of a session to 1 GB).
/// </summary>
/// <param name="Index">Global plan index (as <see cref="StoredSample"/>, like the fields up to <paramref name="ImageHash"/>).</param>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Status">Done or failed.</param>
/// <param name="HasLine">The row holds a JSON line.</param>
/// <param name="QaCount">Number of QA pairs.</param>
/// <param name="Stage">Failed stage.</param>
/// <param name="Reason">Failure reason key.</param>
/// <param name="Detail">Failure detail.</param>
/// <param name="RenderAttempts">Render attempts made, repairs included.</param>
/// <param name="StageSeconds">Seconds per stage, as JSON.</param>
/// <param name="Emitted">Whether the line is in <c>samples.jsonl</c>.</param>
/// <param name="ImageHash">Perceptual hash of the image.</param>
/// <param name="Topic">metadata.topic of a written sample; null for rows not written.</param>
/// <param name="Persona">metadata.persona of a written sample.</param>
/// <param name="FigureType">metadata.figure_type of a written sample.</param>
/// <param name="Questions">The written sample's QA questions and pointing questions, in line order.</param>
/// <param name="Verify">metadata.verify, when the line records one.</param>
/// <param name="LayoutRepairs">metadata.layout_repairs, 0 when the line records none.</param>
/// <param name="RepairedFailures">metadata.repaired_failures of a done sample rendered after a repair.</param>
/// <param name="Points">metadata.points, when the line records one (LLM point-html).</param>
/// <param name="QualityFailed">metadata.quality.failed of a sample the quality gate rejected.</param>
public sealed record StatsRow(
    long Index,
    string Pipeline,
    StoredSampleStatus Status,
    bool HasLine,
    int QaCount,
    string? Stage,
    string? Reason,
    string? Detail,
    int RenderAttempts,
    string StageSeconds,
    bool Emitted,
    string? ImageHash,
    string? Topic,
    string? Persona,
    string? FigureType,
    IReadOnlyList<string> Questions,
    AnswerVerification? Verify,
    int LayoutRepairs,
    IReadOnlyList<string> RepairedFailures,
    IReadOnlyList<CheckResult>? QualityFailed,
    PointCheck? Points = null)
{
    /// <summary>The facts of <paramref name="row"/>, read the way the stats always read them from its line.</summary>
    public static StatsRow From(StoredSample row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var line = row.Line;
        var done = row.Status == StoredSampleStatus.Done;
        var rejected = row.Status == StoredSampleStatus.Failed && row.Stage == RejectedSamples.Stage;
        var hasVerify = line is not null && line.Contains("\"verify\"", StringComparison.Ordinal);
        var hasLayoutRepairs = line is not null && line.Contains("\"layout_repairs\"", StringComparison.Ordinal);
        var hasPoints = line is not null && line.Contains("\"points\":{\"asked\"", StringComparison.Ordinal);
        // The typed model is only deserialized for the rows whose metadata a figure reads (it is the slow part).
        var metadata = line is not null && (hasVerify || hasLayoutRepairs || hasPoints || rejected || (done && row.RenderAttempts > 1))
            ? JsonSerializer.Deserialize<Sample>(line, CosynJson.Compact)?.Metadata
            : null;
        string? topic = null, persona = null, figureType = null;
        var questions = new List<string>();
        if (row.Emitted && line is not null)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var fields = root.GetProperty("metadata");
            topic = fields.GetProperty("topic").GetString() ?? string.Empty;
            persona = fields.GetProperty("persona").GetString() ?? string.Empty;
            figureType = fields.GetProperty("figure_type").GetString() ?? string.Empty;
            if (root.TryGetProperty("qa_pairs", out var pairs))
            {
                questions.AddRange(pairs.EnumerateArray().Select(p => p.GetProperty("question").GetString() ?? string.Empty));
            }

            if (root.TryGetProperty("questions", out var pointing) && pointing.ValueKind == JsonValueKind.Array)
            {
                questions.AddRange(pointing.EnumerateArray().Select(q => q.GetString() ?? string.Empty));
            }
        }

        return new StatsRow(
            row.Index, row.Pipeline, row.Status, line is not null, row.QaCount, row.Stage, row.Reason, row.Detail, row.RenderAttempts, row.StageSeconds,
            row.Emitted, row.ImageHash, topic, persona, figureType, questions,
            hasVerify ? metadata?.Verify : null,
            hasLayoutRepairs ? metadata?.LayoutRepairs ?? 0 : 0,
            done && row.RenderAttempts > 1 ? metadata?.RepairedFailures ?? [] : [],
            rejected ? metadata?.Quality?.Failed : null,
            hasPoints ? metadata?.Points : null);
    }
}
