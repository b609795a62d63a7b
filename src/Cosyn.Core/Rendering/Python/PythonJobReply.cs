namespace Cosyn.Rendering.Python;

/// <summary>The worker's answer to one job: raw facts; <see cref="PythonFailureParser"/> turns them into a failure class.</summary>
public sealed record PythonJobReply
{
    public long? Id { get; init; }

    /// <summary>Job directory inside the sandbox.</summary>
    public string? JobDir { get; init; }

    /// <summary>ok, exception, timeout, signal, crashed, no_output, too_large or worker_error.</summary>
    public string Status { get; init; } = "";

    /// <summary>Output file name inside the job directory when ok (<c>figure.png</c>, <c>figure.json</c>).</summary>
    public string? Output { get; init; }

    /// <summary>Exception type name, e.g. <c>NameError</c>.</summary>
    public string? Type { get; init; }

    public string? Message { get; init; }

    /// <summary>Line in the user's code the error points at.</summary>
    public int? Line { get; init; }

    /// <summary>The exception is a MemoryError (or subclass, e.g. numpy's).</summary>
    public bool Memory { get; init; }

    /// <summary>The exception is a SyntaxError (or IndentationError, TabError).</summary>
    public bool Syntax { get; init; }

    /// <summary>Traceback restricted to the user's frames, at most ~2 KB.</summary>
    public string? Traceback { get; init; }

    /// <summary>Signal name when the job process was killed, e.g. <c>SIGXCPU</c>.</summary>
    public string? SignalName { get; init; }

    /// <summary>The text the job drew (matplotlib jobs); null for kinds that do not measure it.</summary>
    public PythonLayout? Layout { get; init; }

    /// <summary>Figures the code drew that could have been the output (matplotlib jobs; see cosyn_mode_matplotlib.py); null for other kinds.</summary>
    public int? FiguresFound { get; init; }

    /// <summary>Seconds per phase of the job (<c>exec</c>, <c>produce</c>, the mode's own, <c>child</c> from fork to exit), for profiling.</summary>
    public IReadOnlyDictionary<string, double>? Timings { get; init; }

    /// <summary>Last kilobyte of what the job printed.</summary>
    public string? OutputTail { get; init; }
}
