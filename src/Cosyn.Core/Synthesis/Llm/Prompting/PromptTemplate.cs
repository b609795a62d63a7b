namespace Cosyn.Synthesis.Llm.Prompting;

/// <summary>Fills <c>{{name}}</c> placeholders. An unknown or unfilled placeholder is a bug in the prompt data, so it throws.</summary>
internal static class PromptTemplate
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var result = new StringBuilder(template.Length * 2);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unclosed placeholder in prompt template at {open}.");
            }

            var name = template[(open + 2)..close];
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"Prompt template placeholder '{name}' has no value.");
            }

            result.Append(template, position, open - position).Append(value);
            position = close + 2;
        }

        return result.ToString();
    }
}
