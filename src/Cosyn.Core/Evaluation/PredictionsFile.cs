namespace Cosyn.Evaluation;

/// <summary>
/// A predictions file: JSONL lines <c>{"id": ..., "prediction": "..."}</c>. A line that does not parse, lacks either
/// field or repeats an id is an <see cref="EvaluationInputException"/>.
/// </summary>
public static class PredictionsFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, value) in JsonlLines.Read(path))
        {
            var id = JsonlLines.RequiredString(value, "id", path, line);
            var prediction = JsonlLines.RequiredString(value, "prediction", path, line);
            if (!lines.TryAdd(id, line))
            {
                throw new EvaluationInputException($"{path} line {line}: id \"{id}\" already predicted on line {lines[id]}");
            }

            predictions[id] = prediction;
        }

        return predictions;
    }
}
