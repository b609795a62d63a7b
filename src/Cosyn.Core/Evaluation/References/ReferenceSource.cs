namespace Cosyn.Evaluation.References;

/// <summary>Loads references from whatever <c>--references</c> names: a run folder, an export folder or a references JSONL file.</summary>
public static class ReferenceSource
{
    public static async Task<IReadOnlyList<EvalReference>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return ReferencesJsonl.Read(path);
        }

        if (!Directory.Exists(path))
        {
            throw new EvaluationInputException($"{path} does not exist");
        }

        if (File.Exists(Path.Combine(path, Output.JsonlAppender.FileName)))
        {
            return RunReferences.Read(path);
        }

        if (ConversationExportReferences.FileIn(path) is { } conversations)
        {
            return ConversationExportReferences.Read(conversations);
        }

        if (HfExportReferences.ShardsIn(path).Count > 0)
        {
            return await HfExportReferences.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }

        if (File.Exists(Path.Combine(path, ReferencesJsonl.FileName)))
        {
            return ReferencesJsonl.Read(Path.Combine(path, ReferencesJsonl.FileName));
        }

        throw new EvaluationInputException($"{path} is neither a run folder, an export (llava.json, sharegpt.json, train.jsonl, data/*/*.parquet) nor a references JSONL file");
    }
}
