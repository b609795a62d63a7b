using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cosyn.Pipelines.ScreenHtml.Model;

namespace Cosyn.Pipelines.ScreenHtml;

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

    public static string Write(IScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return JsonSerializer.Serialize(screen, screen.GetType(), Options);
    }
}
