using System.Text.Json;
using Cosyn.Quality.Checks;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>
/// What <see cref="StatsBuilder"/> needs of one run-store row, its JSON line parsed once and dropped: a 20K-sample run's
/// stats hold these instead of every line (issue 17: the lines pushed the end of a session to 1 GB).
/// </summary>
/// <param name="Row">The store row without its line (its status, stage, reason, render attempts, stage seconds, image hash...).</param>
/// <param name="HasLine">The row held a JSON line.</param>
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
    StoredSample Row,
    bool HasLine,
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
            row with { Line = null }, line is not null, topic, persona, figureType, questions,
            hasVerify ? metadata?.Verify : null,
            hasLayoutRepairs ? metadata?.LayoutRepairs ?? 0 : 0,
            done && row.RenderAttempts > 1 ? metadata?.RepairedFailures ?? [] : [],
            rejected ? metadata?.Quality?.Failed : null,
            hasPoints ? metadata?.Points : null);
    }
}
