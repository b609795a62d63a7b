namespace Cosyn.Output.Export.Conversations;

/// <summary>Writes one conversation record in a training tool's shape; the image token goes once, before the first question.</summary>
public static class ConversationRecord
{
    public const string ImageToken = "<image>";

    public static void Write(System.Text.Json.Utf8JsonWriter json, ExportFormat format, string id, string image, IReadOnlyList<ConversationTurn> turns)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(turns);
        json.WriteStartObject();
        if (format == ExportFormat.Llava)
        {
            // LLaVA's loaders put "<image>\n" before the first human message.
            json.WriteString("id", id);
            json.WriteString("image", image);
            json.WriteStartArray("conversations");
            for (var i = 0; i < turns.Count; i++)
            {
                Turn(json, "from", "value", "human", (i == 0 ? ImageToken + "\n" : "") + turns[i].Question);
                Turn(json, "from", "value", "gpt", turns[i].Reply);
            }

            json.WriteEndArray();
        }
        else
        {
            // LLaMA-Factory and ms-swift: OpenAI-style messages; the tag marks where the image goes in the first user turn.
            json.WriteStartArray("messages");
            for (var i = 0; i < turns.Count; i++)
            {
                Turn(json, "role", "content", "user", (i == 0 ? ImageToken : "") + turns[i].Question);
                Turn(json, "role", "content", "assistant", turns[i].Reply);
            }

            json.WriteEndArray();
            json.WriteStartArray("images");
            json.WriteStringValue(image);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Turn(System.Text.Json.Utf8JsonWriter json, string roleKey, string textKey, string role, string text)
    {
        json.WriteStartObject();
        json.WriteString(roleKey, role);
        json.WriteString(textKey, text);
        json.WriteEndObject();
    }
}
