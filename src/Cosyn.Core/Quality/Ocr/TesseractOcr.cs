using Cosyn.Rendering.Processes;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Quality.Ocr;

/// <summary>
/// Runs tesseract (Debian <c>tesseract-ocr</c>) on a PNG in the same bubblewrap sandbox as the rendering tools:
/// the image is untrusted output of untrusted code, and tesseract's image decoders are a large attack surface.
/// </summary>
public sealed class TesseractOcr(IProcessRunner runner, SandboxPolicy sandbox, TimeSpan timeout, string program = "/usr/bin/tesseract") : IOcrEngine
{
    private const string WorkDir = "/tmp/work";

    /// <summary>What OCR needs installed.</summary>
    public static Rendering.ToolRequirements Requirements { get; } = new() { AptPackages = ["tesseract-ocr"], Binaries = ["tesseract"] };

    public static TesseractOcr CreateDefault(TimeSpan timeout) => new(new ProcessRunner(TimeProvider.System), new SandboxPolicy(), timeout);

    public async Task<OcrResult> ReadAsync(byte[] png, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(png);
        // A job directory the sandbox's unprivileged uid can read, like the rendering tools'.
        using var dir = Rendering.CliTools.JobDirectory.Create(Path.Combine(Path.GetTempPath(), "cosyn-render", "ocr"), "tesseract");
        {
            await File.WriteAllBytesAsync(Path.Combine(dir.Path, "image.png"), png, cancellationToken).ConfigureAwait(false);
            // --psm 3 (automatic page segmentation): on a graphviz diagram --psm 11 (sparse text) read one label of eleven.
            var inner = new ProcessSpec(program, ["image.png", "stdout", "--psm", "3", "tsv"])
            {
                WorkingDirectory = WorkDir,
                // One thread: OpenMP threads on a busy machine cost more than they save.
                Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = "/usr/bin:/bin", ["HOME"] = "/tmp", ["OMP_THREAD_LIMIT"] = "1", ["LANG"] = "C.UTF-8" },
            };
            var spec = new SandboxCommandBuilder(sandbox with { CpuSeconds = (int)Math.Ceiling(timeout.TotalSeconds) + 1 }).Wrap(inner, [new SandboxMount(dir.Path, WorkDir)]);
            var run = await runner.RunAsync(spec, new ProcessRunOptions { Timeout = timeout, MaxCapturedChars = 1024 * 1024 }, cancellationToken).ConfigureAwait(false);
            if (run.StartError is { } error)
            {
                return OcrResult.Failed($"cannot start tesseract: {error} (run ./scripts/bootstrap.sh)");
            }

            if (run.TimedOut || run.ExitCode != 0)
            {
                var why = run.TimedOut ? "timed out" : $"exited with {run.ExitCode}: {run.StandardError.Trim().Split('\n')[^1]}";
                return OcrResult.Failed($"tesseract {why}");
            }

            return new OcrResult(TesseractTsv.Parse(run.StandardOutput));
        }
    }
}
