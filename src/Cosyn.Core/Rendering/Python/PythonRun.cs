namespace Cosyn.Rendering.Python;

/// <summary>What one job on a worker came to: the worker's reply (and the PNG when ok), or a failure the worker itself caused.</summary>
/// <param name="Reply">The worker's reply; null when the worker crashed, hung or could not start.</param>
/// <param name="Png">PNG bytes when the reply is ok.</param>
/// <param name="Failure">Set when there is no usable reply (worker start, crash or hang).</param>
public sealed record PythonRun(PythonJobReply? Reply, byte[]? Png, RenderFailure? Failure);
