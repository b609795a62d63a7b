namespace Cosyn.Rendering.Latex;

/// <summary>Where and how many precompiled preamble formats pdflatex jobs share.</summary>
public sealed record LatexFormatOptions
{
    /// <summary>False to compile every document from scratch (the bench's baseline). Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Host directory of the cache, shown read-only to every job. Default <c>$TMPDIR/cosyn-render/latex-formats</c>.</summary>
    public string Directory { get; init; } = Path.Combine(Path.GetTempPath(), "cosyn-render", "latex-formats");

    /// <summary>Formats kept (each is 6-10 MB); the least recently used go first. Default 48.</summary>
    public int MaxFormats { get; init; } = 48;

    /// <summary>
    /// Files whose size and modification time identify the TeX installation: Debian rebuilds pdflatex.fmt and
    /// ls-R whenever a TeX Live package changes, so a changed installation never meets an old format.
    /// </summary>
    public IReadOnlyList<string> InstallationFiles { get; init; } =
    [
        "/usr/bin/pdftex", "/var/lib/texmf/web2c/pdftex/pdflatex.fmt", "/usr/share/texlive/texmf-dist/ls-R", "/usr/share/texmf/ls-R",
        "/var/lib/texmf/ls-R",
    ];
}
