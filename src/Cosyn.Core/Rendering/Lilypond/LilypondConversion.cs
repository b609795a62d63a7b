namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// The PDF and PNG conversions of a shared LilyPond run, done by one Ghostscript process for all its scores.
/// LilyPond 2.24 (no Cairo backend, no Ghostscript API in Debian's build) starts two <c>gs</c> processes per
/// score for <c>-dcrop --pdf --png</c>, ~0.25 s each; one process converting every cropped EPS with the same
/// device settings writes byte-identical PNGs and PDFs whose text differs only in their dates.
/// </summary>
public static class LilypondConversion
{
    /// <summary>
    /// LilyPond options that stop it converting: the cropped EPS is kept (<c>-fps</c>) and its PNG conversion,
    /// which <c>-dcrop</c> always adds, is replaced by nothing. Point-and-click links only ever reach the PDF's
    /// annotations (the EPS drops them), so turning them off changes no pixel and no text box.
    /// </summary>
    public static IReadOnlyList<string> EpsOnlyFlags { get; } =
    [
        "-fps", "-dno-point-and-click",
        "-e", "(module-define! (resolve-module '(lily framework-ps)) 'convert-to-png (lambda args #t))",
    ];

    /// <summary>The <c>gs</c> arguments running <paramref name="script"/>; files are readable and writable only under <paramref name="directory"/>.</summary>
    public static IReadOnlyList<string> GhostscriptArguments(string directory, string script) =>
    [
        "-q", "-dNODISPLAY", "-dSAFER", $"--permit-file-all={directory.TrimEnd('/')}/", "-dNOPAUSE", "-dBATCH",
        "-dEPSCrop", "-dAutoRotatePages=/None", "-dPrinted=false", script,
    ];

    /// <summary>
    /// A PostScript program turning each <c>NAME.cropped.eps</c> in <paramref name="directory"/> into
    /// <c>NAME.cropped.pdf</c> and <c>NAME.cropped.png</c> at <paramref name="dpi"/>, with LilyPond's own
    /// device settings (scm/backend-library.scm and ps-to-png.scm). Names must be plain (letters, digits, dashes).
    /// </summary>
    public static string Script(string directory, IEnumerable<string> names, int dpi)
    {
        ArgumentNullException.ThrowIfNull(names);
        var lines = new List<string>();
        foreach (var name in names)
        {
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                throw new ArgumentException($"not a plain name: {name}", nameof(names));
            }

            var stem = $"{directory.TrimEnd('/')}/{name}.cropped";
            lines.Add($"mark /OutputFile ({stem}.pdf) /CompatibilityLevel 1.4 (pdfwrite) finddevice putdeviceprops pop (pdfwrite) selectdevice newpath fill ({stem}.eps) (r) file run");
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"mark /OutputFile ({stem}.png) /GraphicsAlphaBits 4 /TextAlphaBits 4 /HWResolution [{dpi} {dpi}] /DownScaleFactor 1 (png16m) findprotodevice copydevice putdeviceprops setdevice /.setdefaultscreen where {{ pop .setdefaultscreen }} if ({stem}.eps) (r) file run"));
        }

        return string.Join('\n', lines) + "\n";
    }
}
