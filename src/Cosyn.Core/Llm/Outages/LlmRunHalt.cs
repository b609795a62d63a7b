namespace Cosyn.Llm.Outages;

/// <summary>
/// The LLM layer's way to stop a whole run cleanly: the first <see cref="Stop"/> records why and cancels
/// <see cref="Token"/>, which the caller links into the run's stop token, so in-flight samples are dropped (a resume
/// redoes them) instead of failing and every finished sample is saved.
/// </summary>
public sealed class LlmRunHalt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly Lock _gate = new();

    /// <summary>Cancelled once the run must stop.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Why the run was stopped; null while it runs.</summary>
    public LlmHaltKind? Kind { get; private set; }

    /// <summary>One line for the user: what happened and how to continue.</summary>
    public string? Reason { get; private set; }

    /// <summary>Stops the run (the first reason wins) and returns the exception the calling layer throws.</summary>
    public OperationCanceledException Stop(LlmHaltKind kind, string reason)
    {
        lock (_gate)
        {
            if (Kind is null)
            {
                Kind = kind;
                Reason = reason;
            }
        }

        _source.Cancel();
        return new OperationCanceledException(Reason, Token);
    }

    public void Dispose() => _source.Dispose();
}
