using System.Text.Json;

namespace Cosyn.Evaluation;

/// <summary>Reads a JSONL file as objects, one per non-blank line; a line that is not a JSON object is an <see cref="EvaluationInputException"/> naming it.</summary>
public static class JsonlLines
{
    public static IEnumerable<(int Line, JsonElement Value)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path} does not exist");
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement value;
            try
            {
                using var document = JsonDocument.Parse(line);
                value = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new EvaluationInputException($"{path} line {number}: not JSON ({ex.Message.Split('.')[0]})", ex);
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationInputException($"{path} line {number}: expected a JSON object, got {value.ValueKind.ToString().ToLowerInvariant()}");
            }

            yield return (number, value);
        }
    }

    /// <summary>A string property, or an <see cref="EvaluationInputException"/> naming the line.</summary>
    public static string RequiredString(JsonElement value, string name, string path, int line) =>
        value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()!
            : throw new EvaluationInputException($"{path} line {line}: \"{name}\" must be a string");

    /// <summary>An optional string property (absent or null gives null).</summary>
    public static string? OptionalString(JsonElement value, string name) =>
        value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
