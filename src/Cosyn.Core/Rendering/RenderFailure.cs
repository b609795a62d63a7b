namespace Cosyn.Rendering;

/// <summary>A failed render as a value: what went wrong, in one line, plus the log excerpt a model needs to fix the code.</summary>
/// <param name="Tool">Tool that rendered.</param>
/// <param name="Kind">Failure class.</param>
/// <param name="Message">One line, e.g. <c>NameError: name 'plt' is not defined (line 3)</c>.</param>
/// <param name="LogExcerpt">Short, bounded excerpt of the tool's output (traceback tail, LaTeX error with context).</param>
public sealed record RenderFailure(string Tool, RenderFailureKind Kind, string Message, string LogExcerpt);
