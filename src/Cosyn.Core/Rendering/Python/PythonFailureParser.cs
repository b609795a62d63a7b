using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Python;

/// <summary>Classifies a Python worker's reply into a <see cref="RenderFailure"/> (null when the job succeeded).</summary>
public static partial class PythonFailureParser
{
    /// <summary>The failure for <paramref name="reply"/>, or null when it is a success.</summary>
    public static RenderFailure? Classify(string tool, PythonJobReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var log = LogExcerpt.Tail(string.IsNullOrEmpty(reply.Traceback) ? reply.OutputTail : reply.Traceback);
        var message = reply.Message ?? "";
        return reply.Status switch
        {
            "ok" => null,
            "exception" => Exception(tool, reply, log),
            "timeout" => new(tool, RenderFailureKind.Timeout, message, log),
            "signal" => Signal(tool, reply, log),
            "no_output" => new(tool, RenderFailureKind.NoOutput, message, LogExcerpt.Tail(reply.OutputTail)),
            "too_large" => new(tool, RenderFailureKind.ImageRejected, "output too large: " + message, log),
            _ => new(tool, RenderFailureKind.Runtime, $"{reply.Status}: {message}".Trim(), log),
        };
    }

    /// <summary>The last <c>Type: message</c> line of a raw Python traceback (e.g. a worker's stderr), or null.</summary>
    public static string? LastErrorLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var matches = ErrorLine().Matches(text);
        return matches.Count == 0 ? null : matches[^1].Value.Trim();
    }

    private static RenderFailure Exception(string tool, PythonJobReply reply, string log)
    {
        var line = reply.Line is { } n ? string.Create(CultureInfo.InvariantCulture, $" (line {n})") : "";
        var message = FailureText.OneLine(reply.Message);
        var text = message.Length == 0 ? reply.Type : $"{reply.Type}: {message}";
        var kind = reply.Syntax ? RenderFailureKind.Syntax
            : reply.Memory ? RenderFailureKind.Memory
            : RenderFailureKind.Runtime;
        return new(tool, kind, text + line, log);
    }

    private static RenderFailure Signal(string tool, PythonJobReply reply, string log)
    {
        var kind = reply.SignalName switch
        {
            // RLIMIT_CPU sends SIGXCPU.
            "SIGXCPU" => RenderFailureKind.Timeout,
            // Our own kills are reported as timeouts; an unrequested SIGKILL is the kernel's OOM killer.
            "SIGKILL" => RenderFailureKind.Memory,
            _ => RenderFailureKind.Runtime,
        };
        var message = kind == RenderFailureKind.Timeout ? "CPU time limit exceeded" : $"job process killed by {reply.SignalName}";
        return new(tool, kind, message, log);
    }

    [GeneratedRegex(@"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)\b.*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
