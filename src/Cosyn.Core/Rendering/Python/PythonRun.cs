namespace Cosyn.Rendering.Python;

/// <summary>What one job on a worker came to: the worker's reply (and the output file when ok), or a failure the worker itself caused.</summary>
/// <param name="Reply">The worker's reply; null when the worker crashed, hung or could not start.</param>
/// <param name="Output">Output file bytes (PNG or JSON, by job kind) when the reply is ok.</param>
/// <param name="Failure">Set when there is no usable reply (worker start, crash or hang).</param>
public sealed record PythonRun(PythonJobReply? Reply, byte[]? Output, RenderFailure? Failure)
{
    /// <summary>Why this run yielded nothing usable, attributed to <paramref name="tool"/>; null when <see cref="Output"/> is usable.</summary>
    public RenderFailure? FailureFor(string tool) =>
        Failure
        ?? (Reply is { } reply ? PythonFailureParser.Classify(tool, reply) : null)
        ?? (Output is null ? new RenderFailure(tool, RenderFailureKind.ImageRejected, "output missing or larger than the output limit", "") : null);
}
