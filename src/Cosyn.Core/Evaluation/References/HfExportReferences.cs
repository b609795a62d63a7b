using Parquet.Serialization;

namespace Cosyn.Evaluation.References;

/// <summary>The questions of a <c>cosyn export --to hf</c> folder: every <c>data/CONFIG/SPLIT-*.parquet</c> shard, all splits.</summary>
public static class HfExportReferences
{
    /// <summary>The Parquet shards under <paramref name="folder"/>, in a stable order; empty when it is no hf export.</summary>
    public static IReadOnlyList<string> ShardsIn(string folder)
    {
        var data = Path.Combine(folder, "data");
        return Directory.Exists(data)
            ? [.. Directory.EnumerateFiles(data, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : [];
    }

    public static async Task<IReadOnlyList<EvalReference>> ReadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var references = new List<EvalReference>();
        foreach (var shard in ShardsIn(folder))
        {
            IList<HfExportRow> rows;
            try
            {
                await using var stream = File.OpenRead(shard);
                rows = (await ParquetSerializer.DeserializeAsync<HfExportRow>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or InvalidOperationException)
            {
                throw new EvaluationInputException($"{shard}: not a readable Parquet shard ({ex.Message})", ex);
            }

            foreach (var row in rows)
            {
                references.AddRange(row.QaPairs.Select((qa, i) => new EvalReference(
                    RunReferences.QuestionId(row.Id, i), [qa.Answer], qa.Question, NullIfEmpty(row.Metadata.Pipeline), NullIfEmpty(row.Metadata.FigureType), QaTypeName.Normalize(qa.Type), $"images/{row.Id}.png")));
            }
        }

        return references;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
