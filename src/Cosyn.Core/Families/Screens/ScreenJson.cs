using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cosyn.Families.Screens;

/// <summary>
/// A screen's <c>data</c> text: the JSON an LLM writes for a UI screen, snake_case, with <c>screen</c> naming the kind,
/// e.g. <c>{"screen": "email client", "app": ..., "emails": [{"sender", "subject", "time", "unread", "starred", "label"}]}</c>.
/// </summary>
public static class ScreenJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Serializes a screen (or another document record) by its runtime type.</summary>
    public static string Write(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonSerializer.Serialize(model, model.GetType(), Options);
    }
}
