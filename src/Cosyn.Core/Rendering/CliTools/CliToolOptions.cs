using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.CliTools;

/// <summary>How one command-line tool runs: concurrency, resolution, where job directories live and the sandbox around each job.</summary>
public sealed record CliToolOptions
{
    /// <summary>Jobs of this tool run at once. Default: the processor count.</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Raster resolution at <see cref="RenderOptions.Scale"/> 1, in dots per inch. Default 200.</summary>
    public int Dpi { get; init; } = 200;

    /// <summary>Directory holding the tool's executables. Default <c>/usr/bin</c>.</summary>
    public string BinDirectory { get; init; } = "/usr/bin";

    /// <summary>Host directory for per-job work directories. Default <c>$TMPDIR/cosyn-render/cli</c>.</summary>
    public string WorkRoot { get; init; } = Path.Combine(Path.GetTempPath(), "cosyn-render", "cli");

    /// <summary>
    /// Sandbox template. Per job its CPU, address-space and file-size bounds are replaced with the request's
    /// timeout, memory and output bounds; paths, uid and process/file limits are kept.
    /// </summary>
    public SandboxPolicy Sandbox { get; init; } = new() { MaxProcesses = 32 };

    /// <summary>Largest raster side in pixels before the resolution is lowered to fit (bounds hostile page sizes; post-processing downscales past 2560 anyway). Default 5000.</summary>
    public int MaxRasterSide { get; init; } = 5000;

    /// <summary>
    /// True to have pdftoppm write raw pixels (PPM) that are deflated quickly here, rather than its own slow PNG;
    /// the image after post-processing is the same. Default true; false only for the bench's baseline.
    /// </summary>
    public bool RawRaster { get; init; } = true;
}
