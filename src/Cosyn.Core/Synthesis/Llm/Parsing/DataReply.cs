using System.Text.Json;
using System.Text.RegularExpressions;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Parses the data stage's reply in the pipeline's data form and checks it is well formed.</summary>
public static partial class DataReply
{
    public static Parsed<string> Parse(string text, string form)
    {
        ArgumentNullException.ThrowIfNull(text);
        return form switch
        {
            DataForms.Csv => Csv(text),
            DataForms.Json => Json(text),
            DataForms.Smiles => Smiles(text),
            DataForms.QuestionSolution => QuestionSolution(text),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "unknown data form"),
        };
    }

    private static Parsed<string> Csv(string text)
    {
        var csv = ReplyText.Code(text, "csv");
        var lines = (csv ?? string.Empty).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count < 2)
        {
            return ParseOutcome.Fail<string>("the CSV needs a header row and at least one data row");
        }

        var columns = CsvFields.Count(lines[0]);
        if (columns < 2)
        {
            return ParseOutcome.Fail<string>("the CSV header must name at least two comma-separated columns");
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var fields = CsvFields.Count(lines[i]);
            if (fields != columns)
            {
                return ParseOutcome.Fail<string>($"CSV row {i} has {fields} fields but the header has {columns}");
            }
        }

        return ParseOutcome.Success<string>(string.Join('\n', lines));
    }

    private static Parsed<string> Json(string text) =>
        ReplyText.Json(text) is { } json && json.StartsWith('{')
            ? ParseOutcome.Success<string>(json)
            : ParseOutcome.Fail<string>("it does not contain a valid JSON object");

    private static Parsed<string> Smiles(string text)
    {
        var block = ReplyText.Code(text, "smiles") ?? string.Empty;
        var line = block.Split('\n').Select(l => l.Trim().Trim('`', '"', '\'')).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        return SmilesPattern().IsMatch(line) && line.Any(char.IsLetter)
            ? ParseOutcome.Success<string>(line)
            : ParseOutcome.Fail<string>("it does not contain one SMILES string (letters, digits and SMILES punctuation, no spaces)");
    }

    private static Parsed<string> QuestionSolution(string text)
    {
        if (ReplyText.Json(text) is not { } json)
        {
            return ParseOutcome.Fail<string>("it does not contain a valid JSON object");
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Object && NonEmpty(root, "question") && NonEmpty(root, "solution")
            ? ParseOutcome.Success<string>(json)
            : ParseOutcome.Fail<string>("the JSON needs non-empty \"question\" and \"solution\" strings");
    }

    private static bool NonEmpty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0;

    [GeneratedRegex(@"^[A-Za-z0-9@+\-\[\]()=#$:/\\%.*~]+$")]
    private static partial Regex SmilesPattern();
}
