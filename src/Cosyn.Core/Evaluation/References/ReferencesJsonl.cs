using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cosyn.Evaluation.References;

/// <summary>
/// The references JSONL format: one line per question, <c>{"id", "answers": [...]}</c> plus the optional
/// <c>question</c>, <c>pipeline</c>, <c>figure_type</c>, <c>type</c> and <c>image</c> that scoring and the breakdown use.
/// </summary>
public static class ReferencesJsonl
{
    public const string FileName = "references.jsonl";

    public static IReadOnlyList<EvalReference> Read(string path)
    {
        var references = new List<EvalReference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, value) in JsonlLines.Read(path))
        {
            var id = JsonlLines.RequiredString(value, "id", path, line);
            if (!value.TryGetProperty("answers", out var answers) || answers.ValueKind != JsonValueKind.Array || answers.GetArrayLength() == 0
                || answers.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
            {
                throw new EvaluationInputException($"{path} line {line}: \"answers\" must be a non-empty array of strings");
            }

            if (!seen.Add(id))
            {
                throw new EvaluationInputException($"{path} line {line}: id \"{id}\" appears twice");
            }

            references.Add(new EvalReference(
                id,
                [.. answers.EnumerateArray().Select(a => a.GetString()!)],
                JsonlLines.OptionalString(value, "question"),
                JsonlLines.OptionalString(value, "pipeline"),
                JsonlLines.OptionalString(value, "figure_type"),
                QaTypeName.Normalize(JsonlLines.OptionalString(value, "type")),
                JsonlLines.OptionalString(value, "image")));
        }

        return references;
    }

    /// <summary>Writes <paramref name="references"/> as JSONL, one line each, in order.</summary>
    public static void Write(string path, IEnumerable<EvalReference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        foreach (var r in references)
        {
            writer.WriteLine(JsonSerializer.Serialize(new Line(r.Id, r.Answers, r.Question, r.Pipeline, r.FigureType, r.QaType, r.Image), CosynJson.Compact));
        }
    }

    private sealed record Line(
        string Id,
        IReadOnlyList<string> Answers,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Question,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Pipeline,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? FigureType,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Type,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Image);
}
