using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cosyn.Families.Shared.Data;

/// <summary>
/// How every family writes a sample's <c>data</c> JSON: indented, with non-ASCII and HTML characters as they are
/// ("±15 V", "°C", "&amp;"), the way a model writes them.
/// </summary>
public static class DataJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Options for serialising a document model or <see cref="System.Text.Json.Nodes.JsonNode"/> the same way.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text <paramref name="write"/> writes through a JSON writer.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary><paramref name="document"/> (dictionaries, lists, values) as data JSON.</summary>
    public static string Serialize(object document) => JsonSerializer.Serialize(document, SerializerOptions);
}
