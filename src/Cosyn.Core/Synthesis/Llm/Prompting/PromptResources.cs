using System.Reflection;
using System.Text.Json;

namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>Reads the prompt data files embedded in this assembly (<c>Synthesis/Llm/Prompts/</c>).</summary>
internal static class PromptResources
{
    private const string Prefix = "Cosyn.Llm.Prompts.";

    /// <summary>The text of an embedded prompt file, line endings normalised and the final newline dropped.</summary>
    public static string ReadText(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded prompt file '{fileName}' is missing from Cosyn.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
    }

    /// <summary>An embedded JSON file deserialised with the project's snake_case settings.</summary>
    public static T ReadJson<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(ReadText(fileName), CosynJson.Compact)
            ?? throw new InvalidOperationException($"Embedded prompt file '{fileName}' is empty.");

    /// <summary>An embedded JSON schema as a detached element.</summary>
    public static JsonElement ReadSchema(string fileName)
    {
        using var document = JsonDocument.Parse(ReadText(fileName));
        return document.RootElement.Clone();
    }
}
