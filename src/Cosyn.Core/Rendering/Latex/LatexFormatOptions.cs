namespace Cosyn.Rendering.Latex;

/// <summary>Where and how many precompiled preamble formats pdflatex jobs share.</summary>
public sealed record LatexFormatOptions
{
    /// <summary>
    /// True (the default) to compile pdflatex documents against formats precompiled from their preamble; false
    /// compiles every document from scratch. A preamble that cannot be made a format, or a format that fails,
    /// falls back to the full compile (counted in <see cref="LatexRenderer.FormatStats"/>).
    /// </summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Host directory of the cache, shown read-only to every job. Default <c>$TMPDIR/cosyn-render/latex-formats</c>.</summary>
    public string Directory { get; init; } = Path.Combine(Path.GetTempPath(), "cosyn-render", "latex-formats");

    /// <summary>
    /// Formats kept (each is 18-25 MB, stored inflated, so about 4 GB at the cap); the least recently used go first.
    /// Default 192: 400 samples of each LaTeX pipeline use 168 distinct preambles (bench latex), and a cap below
    /// that makes a mixed run rebuild formats it evicted, each rebuild costing more than a full compile.
    /// </summary>
    public int MaxFormats { get; init; } = 192;

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
