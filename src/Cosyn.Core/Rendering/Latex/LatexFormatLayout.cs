namespace Cosyn.Rendering.Latex;

/// <summary>
/// Where <see cref="LatexFormatCache"/> keeps things in its directory: a folder per key with the format, its hash and
/// the fixup; a marker file per refused key; staging names, which readers and eviction pass over.
/// </summary>
internal sealed class LatexFormatLayout(string directory)
{
    /// <summary>Part of every key: a folder written by an older layout (a gzipped format) is never read as this one.</summary>
    public const string Version = "inflated-1";

    private const string RefusedSuffix = ".refused";
    private const string StagingPrefix = ".staging-";

    /// <summary>The published folder of <paramref name="key"/>.</summary>
    public string Folder(string key) => Path.Combine(directory, key);

    /// <summary>The marker saying <paramref name="key"/>'s preamble cannot be made a format.</summary>
    public string RefusedMarker(string key) => Path.Combine(directory, key + RefusedSuffix);

    /// <summary>A fresh name to write to (or rename away to) before an atomic rename.</summary>
    public string NewStaging() => Path.Combine(directory, StagingPrefix + Guid.NewGuid().ToString("N"));

    /// <summary>True for a staging entry's <paramref name="name"/>: not a published format.</summary>
    public static bool IsStaging(string name) => name.StartsWith(StagingPrefix, StringComparison.Ordinal);

    /// <summary>The format file in <paramref name="folder"/> (a published or a staging one).</summary>
    public static string FormatFile(string folder) => Path.Combine(folder, "doc.fmt");

    /// <summary>The SHA-256 of the format file, taken when it was published.</summary>
    public static string HashFile(string folder) => Path.Combine(folder, "doc.sha256");

    /// <summary>The fixup the documents of this format run after loading it.</summary>
    public static string FixupFile(string folder) => Path.Combine(folder, "fixup.tex");
}
