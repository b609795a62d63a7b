using System.Text.Json;

namespace Cosyn.Bench;

/// <summary>
/// The reference implementation's way to render: one unsandboxed Python process that <c>exec</c>s each script and saves
/// its figure with <c>bbox_inches='tight'</c> at the same DPI. Reports the seconds the exec and save took, measured in Python.
/// </summary>
internal sealed class MatplotlibExecReference : IAsyncDisposable
{
    // Same imports and warm-up the worker does at start, so neither side pays them per script.
    private const string Driver = """
        import io, json, os, sys, time
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import numpy
        out = sys.stdout
        sys.stdout = sys.stderr = open(os.devnull, "w")
        plt.show = lambda *a, **k: None
        dpi = float(sys.argv[1])
        target = os.path.join(sys.argv[2], "figure.png")
        fig, ax = plt.subplots(); ax.bar(["a", "b"], [1, 2]); fig.savefig(io.BytesIO(), format="png"); plt.close("all")
        for line in sys.stdin:
            code = json.loads(line)
            started = time.perf_counter()
            exec(compile(code, "<code>", "exec"), {"__name__": "__main__"})
            plt.gcf().savefig(target, dpi=dpi, bbox_inches="tight")
            plt.close("all")
            out.write(f"{time.perf_counter() - started}\n")
            out.flush()
        """;

    private readonly Process _process;
    private readonly string _folder;

    private MatplotlibExecReference(Process process, string folder)
    {
        _process = process;
        _folder = folder;
    }

    /// <summary>Starts the reference process saving at <paramref name="dpi"/>.</summary>
    public static MatplotlibExecReference Start(double dpi)
    {
        var folder = Directory.CreateTempSubdirectory("cosyn-bench-exec-").FullName;
        var script = Path.Combine(folder, "driver.py");
        File.WriteAllText(script, Driver);
        var info = new ProcessStartInfo("/usr/bin/python3", ["-s", "-B", script, dpi.ToString(CultureInfo.InvariantCulture), folder])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            WorkingDirectory = folder,
        };
        info.Environment["MPLBACKEND"] = "Agg";
        info.Environment["OPENBLAS_NUM_THREADS"] = "1";
        return new(Process.Start(info)!, folder);
    }

    /// <summary>Seconds Python spent on exec + savefig of <paramref name="code"/>.</summary>
    public async Task<double> RunAsync(string code)
    {
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(code));
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the reference python process died");
        return double.Parse(line, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
