using System.Text.RegularExpressions;
using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Python;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Plotly;

/// <summary>
/// Builds the figure with a cold <c>/usr/bin/python3</c> per render inside the sandbox (about 2-3 s): correct
/// but slow; a warm Python worker mode will replace it behind <see cref="IPlotlyFigureSource"/>.
/// </summary>
public sealed partial class SandboxedPlotlyFigureSource(SandboxPolicy policy, IProcessRunner runner, string workRoot, string pythonPath = "/usr/bin/python3")
    : IPlotlyFigureSource
{
    private const string Inside = "/tmp/work";
    private static readonly Lazy<string> Driver = new(() => EmbeddedText.Read("Cosyn.Rendering.Plotly.plotly_figure.py"));

    /// <summary>A source over real processes with the default sandbox, working under <c>$TMPDIR/cosyn-plotly</c>.</summary>
    public SandboxedPlotlyFigureSource()
        : this(new SandboxPolicy(), new ProcessRunner(), Path.Combine(Path.GetTempPath(), "cosyn-plotly"))
    {
    }

    /// <inheritdoc/>
    public async Task<PlotlyFigureResult> BuildAsync(string code, RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (dir, _) = WorkerDirectories.Create(workRoot);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "figure.py"), code, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(dir, "driver.py"), Driver.Value, cancellationToken).ConfigureAwait(false);
            var spec = new ProcessSpec(pythonPath, ["-I", $"{Inside}/driver.py", $"{Inside}/figure.py", $"{Inside}/figure.json"])
            {
                WorkingDirectory = Inside,
                Environment = new Dictionary<string, string>
                {
                    ["HOME"] = Inside,
                    ["PATH"] = "/usr/bin:/bin",
                    ["MPLCONFIGDIR"] = Inside,
                    ["OPENBLAS_NUM_THREADS"] = "1",
                    ["PYTHONDONTWRITEBYTECODE"] = "1",
                },
            };
            var bounded = policy with
            {
                CpuSeconds = (int)Math.Ceiling(options.Timeout.TotalSeconds),
                AddressSpaceMiB = Math.Max(options.MemoryMiB, 2048),
            };
            var sandboxed = new SandboxCommandBuilder(bounded).Wrap(spec, [new SandboxMount(dir, Inside)]);
            var run = await runner.RunAsync(sandboxed, new ProcessRunOptions { Timeout = options.Timeout }, cancellationToken).ConfigureAwait(false);
            return Classify(run, Path.Combine(dir, "figure.json"), options.MaxOutputBytes);
        }
        finally
        {
            WorkerDirectories.Delete(dir);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static PlotlyFigureResult Classify(ProcessRunResult run, string output, long maxBytes)
    {
        var log = LogExcerpt.Tail(run.StandardError);
        if (!run.Started)
        {
            return Fail(RenderFailureKind.ToolUnavailable, "cannot start python: " + run.StartError, "");
        }

        if (run.TimedOut)
        {
            return Fail(RenderFailureKind.Timeout, "python exceeded the wall-clock limit building the figure", log);
        }

        if (run.ExitCode == 0 && File.Exists(output))
        {
            return new FileInfo(output).Length > maxBytes
                ? Fail(RenderFailureKind.ImageRejected, "figure JSON larger than the output limit", "")
                : PlotlyFigureResult.Success(File.ReadAllText(output));
        }

        var error = PythonFailureParser.LastErrorLine(run.StandardError) ?? run.StandardError.Trim().Split('\n')[^1];
        var line = UserLine().Matches(run.StandardError) is { Count: > 0 } m ? $" (line {m[^1].Groups[1].Value})" : "";
        var kind = error.StartsWith("NoFigure", StringComparison.Ordinal) ? RenderFailureKind.NoOutput
            : error.StartsWith("SyntaxError", StringComparison.Ordinal) || error.StartsWith("IndentationError", StringComparison.Ordinal) ? RenderFailureKind.Syntax
            : error.StartsWith("MemoryError", StringComparison.Ordinal) ? RenderFailureKind.Memory
            : RenderFailureKind.Runtime;
        var message = string.IsNullOrEmpty(error)
            ? string.Create(CultureInfo.InvariantCulture, $"python exited with code {run.ExitCode}")
            : error + line;
        return Fail(kind, message, log);
    }

    private static PlotlyFigureResult Fail(RenderFailureKind kind, string message, string log) =>
        PlotlyFigureResult.Failed(new RenderFailure(PlotlyTool.Name, kind, message, log));

    [GeneratedRegex(@"File ""figure\.py"", line (\d+)")]
    private static partial Regex UserLine();
}
