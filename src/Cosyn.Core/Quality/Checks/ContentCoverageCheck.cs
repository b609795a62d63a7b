namespace Cosyn.Quality.Checks;

/// <summary>
/// A blank or mostly empty image: the share of the image left after removing empty bands (runs of background rows
/// or columns longer than 5 % of the side) must reach <see cref="QualityOptions.MinContentShare"/>.
/// </summary>
public sealed class ContentCoverageCheck() : SynchronousCheck(CheckName)
{
    public const string CheckName = "content-coverage";

    // Gaps shorter than this share of the side are spacing inside the content (between text lines), not an empty band.
    private const double BandShare = 0.05;

    protected override CheckResult Check(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (context.Pixels is not { } pixels)
        {
            return CheckResult.Fail(Name, 0, "the image cannot be decoded");
        }

        var background = Background.Of(pixels);
        var rowInk = new int[pixels.Height];
        var colInk = new int[pixels.Width];
        for (var y = 0; y < pixels.Height; y++)
        {
            for (var x = 0; x < pixels.Width; x++)
            {
                if (ImagePixels.Distance(pixels[x, y], background) > options.BackgroundTolerance)
                {
                    rowInk[y]++;
                    colInk[x]++;
                }
            }
        }

        var rows = Covered(rowInk, pixels.Width * options.MinContentLineShare);
        var cols = Covered(colInk, pixels.Height * options.MinContentLineShare);
        var share = (double)rows / pixels.Height * cols / pixels.Width;
        var text = share.ToString("P0", CultureInfo.InvariantCulture);
        return share >= options.MinContentShare
            ? new CheckResult(Name, true, Math.Round(share, 3), $"content covers {text} of the image")
            : CheckResult.Fail(Name, share, share == 0 ? "the image is blank" : $"content covers only {text} of the image ({rows} of {pixels.Height} rows, {cols} of {pixels.Width} columns outside empty bands)");
    }

    /// <summary>Lines not inside an empty band.</summary>
    private static int Covered(int[] ink, double minInk)
    {
        var band = Math.Max(2, (int)(ink.Length * BandShare));
        var covered = ink.Length;
        var run = 0;
        for (var i = 0; i <= ink.Length; i++)
        {
            if (i < ink.Length && ink[i] <= minInk)
            {
                run++;
                continue;
            }

            if (run >= band)
            {
                covered -= run;
            }

            run = 0;
        }

        return covered;
    }
}
