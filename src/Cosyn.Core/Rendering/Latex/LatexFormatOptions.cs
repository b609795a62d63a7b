namespace Cosyn.Rendering.Latex;

/// <summary>Where and how many precompiled preamble formats pdflatex jobs share.</summary>
public sealed record LatexFormatOptions
{
    /// <summary>
    /// True to compile against precompiled preamble formats. Default false: in the sandbox the compile against a
    /// format built by the renderer still fails ("missing \item") and falls back to a full compile, which costs more
    /// than it saves; a format built by hand from the same preamble works (see the bench), so the difference is in
    /// the renderer's -ini run and is not found yet.
    /// </summary>
    public bool Enabled { get; init; }

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
