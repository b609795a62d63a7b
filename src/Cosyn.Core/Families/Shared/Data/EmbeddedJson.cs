using System.Text.Json;

namespace Cosyn.Families.Shared.Data;

/// <summary>Reads the JSON files the families embed in this assembly (lexicons, catalogs, question banks).</summary>
internal static class EmbeddedJson
{
    /// <summary>The embedded resource <paramref name="name"/>, opened; throws when the build did not embed it.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedJson).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded {name} is missing.");

    /// <summary>The embedded resource <paramref name="name"/> deserialised; throws when it is missing or empty.</summary>
    public static T Read<T>(string name, JsonSerializerOptions? options = null)
        where T : class
    {
        using var stream = Open(name);
        return JsonSerializer.Deserialize<T>(stream, options) ?? throw new InvalidDataException($"Embedded {name} is empty.");
    }
}
