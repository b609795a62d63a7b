using System.Text.Json;

namespace Cosyn.Evaluation.References;

/// <summary>
/// The questions of a <c>cosyn export --to llava|sharegpt|swift</c> folder. Turns are counted per image in file order,
/// so a sample split by <c>--max-turns</c> keeps its QA indices; a CoT reply's answer is what follows its last
/// "Answer: "; pointing replies are not scored. Pipeline comes from the id; figure and QA type are not exported.
/// </summary>
public static class ConversationExportReferences
{
    /// <summary>The file each format writes, by format.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["llava"] = "llava.json",
        ["sharegpt"] = "sharegpt.json",
        ["swift"] = "train.jsonl",
    };

    private const string CotMarker = "\nAnswer: ";

    /// <summary>The conversation file in <paramref name="folder"/>, or null when it holds none.</summary>
    public static string? FileIn(string folder) =>
        Files.Values.Select(f => Path.Combine(folder, f)).FirstOrDefault(File.Exists);

    public static IReadOnlyList<EvalReference> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var records = path.EndsWith(".jsonl", StringComparison.Ordinal)
            ? JsonlLines.Read(path).Select(l => l.Value)
            : ReadArray(path);
        var references = new List<EvalReference>();
        var turnsSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var image = Image(record) ?? throw new EvaluationInputException($"{path}: a conversation has no image");
            var sampleId = Path.GetFileNameWithoutExtension(image);
            foreach (var (question, reply) in Turns(record))
            {
                var index = turnsSeen.GetValueOrDefault(sampleId);
                turnsSeen[sampleId] = index + 1;
                if (reply.StartsWith("<point", StringComparison.Ordinal))
                {
                    continue;
                }

                var cot = reply.LastIndexOf(CotMarker, StringComparison.Ordinal);
                var answer = cot >= 0 ? reply[(cot + CotMarker.Length)..] : reply;
                references.Add(new EvalReference(RunReferences.QuestionId(sampleId, index), [answer], question, SampleIds.PipelineOf(sampleId), Image: image));
            }
        }

        return references;
    }

    private static IEnumerable<JsonElement> ReadArray(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? [.. document.RootElement.EnumerateArray().Select(e => e.Clone())]
                : throw new EvaluationInputException($"{path}: expected a JSON array of conversations");
        }
        catch (JsonException ex)
        {
            throw new EvaluationInputException($"{path}: not JSON ({ex.Message.Split('.')[0]})", ex);
        }
    }

    private static string? Image(JsonElement record) =>
        JsonlLines.OptionalString(record, "image")
        ?? (record.TryGetProperty("images", out var images) && images.ValueKind == JsonValueKind.Array && images.GetArrayLength() > 0 ? images[0].GetString() : null);

    // LLaVA: conversations of {from: human|gpt, value}; LLaMA-Factory and ms-swift: messages of {role: user|assistant, content}.
    private static IEnumerable<(string Question, string Reply)> Turns(JsonElement record)
    {
        var llava = record.TryGetProperty("conversations", out var turns);
        if (!llava && !record.TryGetProperty("messages", out turns))
        {
            yield break;
        }

        var text = llava ? "value" : "content";
        string? question = null;
        foreach (var turn in turns.EnumerateArray())
        {
            var content = JsonlLines.OptionalString(turn, text) ?? "";
            if (question is null)
            {
                question = content.Replace("<image>\n", "", StringComparison.Ordinal).Replace("<image>", "", StringComparison.Ordinal);
            }
            else
            {
                yield return (question, content);
                question = null;
            }
        }
    }
}
