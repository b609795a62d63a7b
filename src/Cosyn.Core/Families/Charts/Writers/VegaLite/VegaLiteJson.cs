using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>
/// Writes a spec the way people format Vega-Lite by hand: two-space indent, and small flat objects and arrays (data
/// rows, colour ranges, title lines) on one line, so a data table reads as a table. Non-ASCII text stays readable.
/// </summary>
internal static class VegaLiteJson
{
    private const int InlineLimit = 100;

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode node)
    {
        var text = new StringBuilder();
        Append(text, node, 0);
        return text.Append('\n').ToString();
    }

    private static void Append(StringBuilder text, JsonNode? node, int depth)
    {
        if (node is JsonObject or JsonArray && Inline(node) is { } inline)
        {
            text.Append(inline);
            return;
        }

        var pad = new string(' ', (depth + 1) * 2);
        switch (node)
        {
            case JsonObject obj:
                text.Append("{\n");
                var i = 0;
                foreach (var (key, value) in obj)
                {
                    text.Append(pad).Append(JsonSerializer.Serialize(key, Options)).Append(": ");
                    Append(text, value, depth + 1);
                    text.Append(++i < obj.Count ? ",\n" : "\n");
                }

                text.Append(' ', depth * 2).Append('}');
                break;
            case JsonArray array:
                text.Append("[\n");
                for (var j = 0; j < array.Count; j++)
                {
                    text.Append(pad);
                    Append(text, array[j], depth + 1);
                    text.Append(j + 1 < array.Count ? ",\n" : "\n");
                }

                text.Append(' ', depth * 2).Append(']');
                break;
            default:
                text.Append(node?.ToJsonString(Options) ?? "null");
                break;
        }
    }

    // One line when every child is a primitive and the line stays short.
    private static string? Inline(JsonNode node)
    {
        var children = node is JsonObject obj ? obj.Select(p => p.Value) : node.AsArray();
        if (children.Any(c => c is JsonObject or JsonArray))
        {
            return null;
        }

        var line = node is JsonObject o
            ? "{" + string.Join(", ", o.Select(p => JsonSerializer.Serialize(p.Key, Options) + ": " + (p.Value?.ToJsonString(Options) ?? "null"))) + "}"
            : "[" + string.Join(", ", node.AsArray().Select(c => c?.ToJsonString(Options) ?? "null")) + "]";
        return line.Length <= InlineLimit ? line : null;
    }
}
