namespace Cosyn.Synthesis.Llm;

/// <summary>A stage's parsed value, or its failure.</summary>
internal sealed record StageResult<T>(T? Value, StageFailure? Failure)
    where T : class
{
    public static StageResult<T> Succeeded(T value) => new(value, null);

    public static StageResult<T> Failed(StageFailure failure) => new(null, failure);
}
