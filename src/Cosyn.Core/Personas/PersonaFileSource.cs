using System.Security.Cryptography;
using System.Text.Json;

namespace Cosyn.Personas;

/// <summary>Personas loaded from a user's file: Persona Hub JSONL or plain text, one persona per line.</summary>
/// <remarks>
/// Format is decided per file: if the first non-blank line starts with <c>{</c> every non-blank line must be a
/// JSON object with a string <c>persona</c> property (Persona Hub's layout; other properties are ignored),
/// otherwise each non-blank line is a persona. Whitespace runs are collapsed, blank lines and exact duplicates
/// (after that normalisation) are dropped, and file order is kept.
/// </remarks>
public sealed class PersonaFileSource : IPersonaSource
{
    private const string PersonaProperty = "persona";

    private readonly string[] _personas;

    private PersonaFileSource(string[] personas)
    {
        _personas = personas;
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', personas)));
        Fingerprint = "file:" + Convert.ToHexStringLower(digest);
    }

    /// <inheritdoc />
    public long Count => _personas.Length;

    /// <inheritdoc />
    public string Fingerprint { get; }

    /// <inheritdoc />
    public Persona Get(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return new Persona(index, _personas[index]);
    }

    /// <summary>Reads and normalises the personas in <paramref name="path"/>.</summary>
    /// <exception cref="PersonaFileException">The file is missing, unreadable, malformed or has no personas.</exception>
    public static PersonaFileSource Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new PersonaFileException($"Persona file '{path}' is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new PersonaFileException($"Persona file '{path}' does not exist.");
        }

        try
        {
            return new PersonaFileSource(ReadPersonas(path));
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new PersonaFileException($"Persona file '{path}' cannot be read: permission denied.", ex);
        }
        catch (IOException ex)
        {
            throw new PersonaFileException($"Persona file '{path}' cannot be read: {ex.Message}", ex);
        }
    }

    private static string[] ReadPersonas(string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var personas = new List<string>();
        bool? jsonl = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            jsonl ??= trimmed.StartsWith('{');
            var text = Normalise(jsonl.Value ? PersonaFromJson(trimmed, path, lineNumber) : trimmed);
            if (text.Length > 0 && seen.Add(text))
            {
                personas.Add(text);
            }
        }

        if (personas.Count == 0)
        {
            throw new PersonaFileException($"Persona file '{path}' contains no personas (it is empty or blank).");
        }

        return [.. personas];
    }

    private static string PersonaFromJson(string line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(PersonaProperty, out var persona)
                && persona.ValueKind == JsonValueKind.String)
            {
                return persona.GetString() ?? string.Empty;
            }
        }
        catch (JsonException ex)
        {
            throw new PersonaFileException($"Persona file '{path}' line {lineNumber}: not valid JSON ({ex.Message.Split('\n')[0]}).", ex);
        }

        throw new PersonaFileException($"Persona file '{path}' line {lineNumber}: expected a JSON object with a string \"persona\" property.");
    }

    // Persona Hub lines carry stray newlines and double spaces; collapsing them makes duplicates comparable.
    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
