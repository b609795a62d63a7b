using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Cosyn.Rendering.Layout;

namespace Cosyn.Rendering.CliTools;

/// <summary>
/// Layout facts of a PDF a job wrote before rasterising: <c>pdftotext -bbox-layout</c> (poppler) word boxes of
/// page 1, run in the job's sandbox, mapped from PDF points to pixels of the PNG made from that page.
/// </summary>
public static partial class PdfLayout
{
    /// <summary>Programs this step needs.</summary>
    public static IReadOnlyList<string> Programs { get; } = ["pdftotext"];

    /// <summary>What this step needs installed.</summary>
    public static ToolRequirements Requirements { get; } = new() { AptPackages = ["poppler-utils"], Binaries = Programs };

    private const string Output = "layout.html";

    /// <summary>The reason of layout facts a render was asked not to measure (<see cref="RenderOptions.MeasureLayout"/>).</summary>
    public const string NotMeasured = "not measured: the render was asked for the image only";

    /// <summary>
    /// The words on page 1 of <paramref name="pdf"/> in pixels of <paramref name="png"/>, which shows that page whole
    /// (the PNG's sides span the page's). Never fails the render: a problem gives unavailable facts with the reason.
    /// </summary>
    public static async Task<LayoutFacts> ReadAsync(ToolJob job, string pdf, byte[] png, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var started = Stopwatch.GetTimestamp();
        var (width, height) = Targets.PngSize.Read(png);
        if (!job.Render.MeasureLayout)
        {
            return LayoutFacts.Unavailable(width, height, NotMeasured);
        }

        var run = await job.RunAsync(new ToolCommand("pdftotext", ["-f", "1", "-l", "1", "-bbox-layout", pdf, Output]), cancellationToken).ConfigureAwait(false);
        var facts = run.ExitCode == 0 && job.Exists(Output)
            ? Parse(job.ReadText(Output, 4 * 1024 * 1024), width, height)
            : LayoutFacts.Unavailable(width, height, "pdftotext failed: " + (run.StartError ?? run.StandardError.Trim().Split('\n')[0]));
        return facts with { MeasureTime = Stopwatch.GetElapsedTime(started) };
    }

    /// <summary>Word boxes of the first page of <paramref name="xhtml"/> (pdftotext -bbox-layout output) on a <paramref name="width"/> x <paramref name="height"/> image.</summary>
    public static LayoutFacts Parse(string xhtml, int width, int height)
    {
        XDocument document;
        try
        {
            // Symbol fonts come out as raw control characters (LilyPond's noteheads), which XML forbids: drop them.
            using var reader = XmlReader.Create(new StringReader(ControlCharacters().Replace(xhtml ?? "", "")), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return LayoutFacts.Unavailable(width, height, "pdftotext output is not XML: " + e.Message);
        }

        var page = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "page");
        var pageWidth = Number(page, "width");
        var pageHeight = Number(page, "height");
        if (page is null || pageWidth <= 0 || pageHeight <= 0)
        {
            return LayoutFacts.Unavailable(width, height, "the PDF has no page");
        }

        double sx = width / pageWidth, sy = height / pageHeight;
        var texts = page.Descendants()
            .Where(e => e.Name.LocalName == "word" && IsReadable(e.Value))
            .Take(Chromium.DomLayout.MaxBoxes)
            .Select(w =>
            {
                double x0 = Number(w, "xMin") * sx, y0 = Number(w, "yMin") * sy, x1 = Number(w, "xMax") * sx, y1 = Number(w, "yMax") * sy;
                return OnPage(new TextBox(w.Value.Trim(), x0, y0, x1 - x0, y1 - y0), width, height);
            })
            .ToList();
        return new LayoutFacts(LayoutSource.Pdf, width, height, texts, []);
    }

    /// <summary>
    /// The page edge is the only container a PDF tells of. Word boxes span the font's ascent and descent, so a
    /// page cropped to its ink (asy, dvisvgm-like crops) cuts the box, not the glyphs: an overhang within a
    /// quarter of the box's height is that slack and is cut off; more is clipped text.
    /// </summary>
    internal static TextBox OnPage(TextBox box, int width, int height)
    {
        var slack = box.Height / 4;
        if (box.Exceeds(width, height, slack))
        {
            return box with { Clipped = true };
        }

        double x0 = Math.Max(0, box.X), y0 = Math.Max(0, box.Y), x1 = Math.Min(width, box.Right), y1 = Math.Min(height, box.Bottom);
        return box with { X = x0, Y = y0, Width = x1 - x0, Height = y1 - y0 };
    }

    // Music and symbol fonts (LilyPond's Emmentaler) map glyphs to nothing or to the private use area: not text.
    private static bool IsReadable(string word) =>
        word.Any(c => char.IsLetterOrDigit(c) || (char.IsPunctuation(c) && c is not (>= '\uE000' and <= '\uF8FF')))
        && !word.All(c => c is >= '\uE000' and <= '\uF8FF' || char.IsWhiteSpace(c));

    [GeneratedRegex("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]")]
    private static partial Regex ControlCharacters();

    private static double Number(XElement? element, string attribute) =>
        double.TryParse(element?.Attribute(attribute)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
