namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>A parsed reply, or why it could not be used (said back to the model in a correction).</summary>
public sealed record Parsed<T>(T? Value, string? Problem)
    where T : class
{
    public bool Ok => Value is not null;
}
