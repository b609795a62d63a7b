namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Creates <see cref="Parsed{T}"/> values.</summary>
public static class ParseOutcome
{
    public static Parsed<T> Success<T>(T value)
        where T : class => new(value, null);

    public static Parsed<T> Fail<T>(string problem)
        where T : class => new(null, problem);
}
