using Cosyn.Rendering.Layout;

namespace Cosyn.Quality.Checks;

/// <summary>
/// Text drawn on top of other text: two measured runs sharing more than <see cref="QualityOptions.OverlapTolerance"/>
/// of the smaller one's outline (diagonal runs by their rotated line, see <see cref="TextShape"/>).
/// </summary>
public sealed class TextOverlapCheck() : SynchronousCheck(CheckName)
{
    public const string CheckName = "text-overlap";

    // Pairs are quadratic; a page with more runs than this is judged on its first ones.
    private const int MaxBoxes = 1500;

    /// <summary>
    /// <paramref name="b"/> follows <paramref name="a"/> in reading order and reaches into it by under 30 % of the
    /// narrower box: an italic's overhang, kerning, or a subscript after its base ("V" then "1" of V₁), not a collision.
    /// </summary>
    private static bool Abut(TextBox a, TextBox b) =>
        b.X > a.X && b.Right > a.Right && a.Right - b.X <= 0.3 * Math.Min(a.Width, b.Width);

    protected override CheckResult Check(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (context.Layout is not { } layout)
        {
            // OCR reads one word per place, so it cannot see two words on top of each other.
            return CheckResult.Pass(Name, "not judged: the renderer gave no text boxes");
        }

        var boxes = LayoutBoxes.Judged(layout).Take(MaxBoxes).ToList();
        var found = new List<(TextBox A, TextBox B, double Share)>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var share = TextShape.OverlapShare(a, b);
                // The same text at the same place is one run drawn twice (a halo or shadow), not a collision.
                if (share > options.OverlapTolerance && !(a.Text == b.Text && share > 0.9) && !Abut(a, b) && !Abut(b, a))
                {
                    found.Add((a, b, share));
                }
            }
        }

        if (found.Count == 0)
        {
            return CheckResult.Pass(Name, $"{boxes.Count} text boxes, none overlapping");
        }

        var worst = found.MaxBy(f => f.Share);
        var x = (int)Math.Round(Math.Max(worst.A.X, worst.B.X));
        var y = (int)Math.Round(Math.Max(worst.A.Y, worst.B.Y));
        var more = found.Count > 1 ? $" ({found.Count} overlapping pairs)" : "";
        return CheckResult.Fail(Name, 1 - worst.Share,
            $"labels '{Texts.Clip(worst.A.Text)}' and '{Texts.Clip(worst.B.Text)}' overlap at ({x},{y}){more}");
    }
}
