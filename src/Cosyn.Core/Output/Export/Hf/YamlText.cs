using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cosyn.Output.Export.Hf;

/// <summary>Builds YAML line by line; free text is quoted as a JSON string, which is a valid YAML double-quoted scalar.</summary>
public sealed class YamlText
{
    private readonly StringBuilder _text = new();

    /// <summary>A double-quoted scalar that keeps colons, hashes and quotes from changing the document.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public YamlText Line(int indent, string text)
    {
        _text.Append(' ', indent).Append(text).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();
}
