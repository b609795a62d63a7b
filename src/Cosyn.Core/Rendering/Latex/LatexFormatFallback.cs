namespace Cosyn.Rendering.Latex;

/// <summary>Why a pdflatex document was compiled from scratch although formats are on (keys of <see cref="LatexFormatStats.Fallbacks"/>).</summary>
public static class LatexFormatFallback
{
    /// <summary>The preamble has no precompilable prefix, or one a format cannot reproduce (<see cref="LatexPreamble.Split"/>).</summary>
    public const string NoPreamble = "no-preamble";

    /// <summary>An earlier <c>-ini</c> run of this preamble failed or left something on the page list; it is not retried.</summary>
    public const string Refused = "refused";

    /// <summary>The <c>-ini</c> run was cut short (timeout, kill): tried again next time.</summary>
    public const string BuildInterrupted = "build-interrupted";

    /// <summary>The format was damaged (its hash differs) or pdflatex could not load it (truncated, from another TeX): it is dropped and built again.</summary>
    public const string BadFormat = "bad-format";

    /// <summary>The compile against the format failed; the full compile reports the document's own error, if any.</summary>
    public const string CompileFailed = "compile-failed";
}
