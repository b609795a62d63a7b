using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// Precompiled formats on the host, one folder per key (<c>KEY/doc.fmt</c>, its hash and <c>KEY/fixup.tex</c>), published by
/// an atomic rename so a reader sees a whole format or none; jobs read it through a read-only mount. The key
/// hashes the TeX installation's identity, the engine, the cache layout and the preamble lines.
/// </summary>
public sealed class LatexFormatCache
{
    /// <summary>Where jobs see the cache.</summary>
    public const string SandboxPath = "/tmp/formats";

    private readonly LatexFormatOptions _options;
    private readonly LatexFormatLayout _layout;
    private readonly Lazy<string> _installation;
    private readonly ConcurrentDictionary<string, (long Length, long Ticks)> _verified = new(StringComparer.Ordinal);

    /// <summary>A cache in <see cref="LatexFormatOptions.Directory"/>.</summary>
    public LatexFormatCache(LatexFormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _layout = new LatexFormatLayout(options.Directory);
        _installation = new Lazy<string>(() => string.Join('\n', options.InstallationFiles.Select(Stamp)));
    }

    /// <summary>The cache directory as a read-only mount for a job's command.</summary>
    public SandboxMount Mount
    {
        get
        {
            Directory.CreateDirectory(_options.Directory);
            return new SandboxMount(_options.Directory, SandboxPath) { ReadOnly = true };
        }
    }

    /// <summary>The key of <paramref name="prefix"/> compiled by <paramref name="engine"/> on this installation.</summary>
    public string Key(string engine, string prefix) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_installation.Value}\n{LatexFormatLayout.Version}\n{engine}\n{prefix}")))[..32];

    /// <summary>
    /// The published format of <paramref name="key"/>, or null. A format whose bytes no longer match the hash taken
    /// when it was published is dropped and reported through <paramref name="corrupt"/>: pdftex loads some damaged
    /// formats without complaint, and would then typeset something else.
    /// </summary>
    public LatexFormat? Find(string key, out bool corrupt)
    {
        corrupt = false;
        var folder = _layout.Folder(key);
        try
        {
            var fixup = File.ReadAllText(LatexFormatLayout.FixupFile(folder));
            var format = new FileInfo(LatexFormatLayout.FormatFile(folder));
            if (!format.Exists)
            {
                return null;
            }

            if (!Verified(key, format, File.ReadAllText(LatexFormatLayout.HashFile(folder)).Trim()))
            {
                corrupt = true;
                Drop(key);
                return null;
            }

            // Recency for eviction; a failure here only makes eviction less exact.
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow);
            return new LatexFormat(key, fixup);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Hashed once per process and file version (18 MB, ~15 ms); later lookups compare its size and time only.
    private bool Verified(string key, FileInfo format, string expected)
    {
        var version = (format.Length, format.LastWriteTimeUtc.Ticks);
        if (_verified.TryGetValue(key, out var known) && known == version)
        {
            return true;
        }

        using var stream = format.OpenRead();
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(stream)), expected, StringComparison.Ordinal))
        {
            return false;
        }

        _verified[key] = version;
        return true;
    }

    /// <summary>Removes <paramref name="key"/>'s format (pdflatex could not load it); the next document of its preamble builds it again.</summary>
    public void Drop(string key)
    {
        // Renamed away first so no reader finds a half-deleted folder; a job compiling with it keeps its open file.
        var folder = _layout.Folder(key);
        var doomed = _layout.NewStaging();
        try
        {
            Directory.Move(folder, doomed);
            Directory.Delete(doomed, recursive: true);
        }
        catch (IOException)
        {
            // Already dropped or evicted by another job.
        }
    }

    /// <summary>True when <paramref name="key"/>'s preamble was found not to dump cleanly (it is compiled from scratch).</summary>
    public bool IsRefused(string key) => File.Exists(_layout.RefusedMarker(key));

    /// <summary>Remembers that <paramref name="key"/>'s preamble cannot be made a format.</summary>
    public void Refuse(string key)
    {
        Directory.CreateDirectory(_options.Directory);
        var staging = _layout.NewStaging();
        File.WriteAllText(staging, "");
        File.Move(staging, _layout.RefusedMarker(key), overwrite: true);
    }

    /// <summary>
    /// Publishes the format file <paramref name="format"/> (a job's output) under <paramref name="key"/>. When another
    /// job published the same key first, its format is kept: both came from the same preamble.
    /// </summary>
    public LatexFormat Publish(string key, string format, string fixup)
    {
        Directory.CreateDirectory(_options.Directory);
        var staging = _layout.NewStaging();
        Directory.CreateDirectory(staging);
        try
        {
            Inflate(format, LatexFormatLayout.FormatFile(staging));
            using (var inflated = File.OpenRead(LatexFormatLayout.FormatFile(staging)))
            {
                File.WriteAllText(LatexFormatLayout.HashFile(staging), Convert.ToHexStringLower(SHA256.HashData(inflated)));
            }

            File.WriteAllText(LatexFormatLayout.FixupFile(staging), fixup);
            if (!OperatingSystem.IsWindows())
            {
                // Jobs run as an unprivileged uid: they read the format, nobody writes it.
                const UnixFileMode readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
                File.SetUnixFileMode(LatexFormatLayout.FormatFile(staging), readable);
                File.SetUnixFileMode(LatexFormatLayout.FixupFile(staging), readable);
                File.SetUnixFileMode(LatexFormatLayout.HashFile(staging), readable);
                File.SetUnixFileMode(staging, readable | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            Directory.Move(staging, _layout.Folder(key));
        }
        catch (IOException) when (Directory.Exists(_layout.Folder(key)))
        {
            // Lost the race to a job with the same preamble.
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        Evict();
        return new LatexFormat(key, fixup);
    }

    // pdftex writes formats gzipped (fastest level) and reads them through zlib, which passes plain data through:
    // stored inflated, a 6.5 MB format becomes 18 MB and loads in 38 ms of CPU instead of 118 ms, which is most of
    // what a document with a precompiled preamble still costs.
    private static void Inflate(string source, string target)
    {
        using var input = File.OpenRead(source);
        Span<byte> magic = stackalloc byte[2];
        var gzipped = input.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        input.Position = 0;
        using var output = File.Create(target);
        if (gzipped)
        {
            using var inflated = new GZipStream(input, CompressionMode.Decompress);
            inflated.CopyTo(output);
        }
        else
        {
            input.CopyTo(output);
        }
    }

    // Least recently used beyond the cap go; a job still compiling with one keeps its open file (Unix unlink).
    private void Evict()
    {
        var formats = new DirectoryInfo(_options.Directory).GetDirectories()
            .Where(d => !LatexFormatLayout.IsStaging(d.Name))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .Skip(Math.Max(1, _options.MaxFormats));
        foreach (var old in formats)
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Another process evicted it first.
            }
        }
    }

    private static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"{path} {file.Length} {file.LastWriteTimeUtc.Ticks}" : $"{path} -";
    }
}
