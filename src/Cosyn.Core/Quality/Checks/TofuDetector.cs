namespace Cosyn.Quality.Checks;

/// <summary>
/// Finds tofu: the hollow rectangles a font draws for characters it lacks. Three or more hollow, glyph-sized,
/// upright boxes of one size side by side on one line are a word of missing glyphs; a lone checkbox or a table's
/// empty cell (joined to the grid, or wider than tall) is not.
/// </summary>
public static class TofuDetector
{
    private const int MinRun = 3;

    /// <summary>The first run of tofu found (its count and top-left corner), or null.</summary>
    public static (int Count, int X, int Y)? Find(ImagePixels pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        var background = Background.Of(pixels);
        int w = pixels.Width, h = pixels.Height;
        var ink = new bool[w * h];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                ink[(y * w) + x] = ImagePixels.Distance(pixels[x, y], background) > 96;
            }
        }

        var boxes = HollowBoxes(ink, w, h);
        boxes.Sort((a, b) => a.X.CompareTo(b.X));
        foreach (var start in boxes)
        {
            var run = 1;
            var last = start;
            foreach (var next in boxes.Where(b => b.X > last.X))
            {
                if (Math.Abs(next.Y - start.Y) <= start.H / 5 && Math.Abs(next.H - start.H) <= Math.Max(1, start.H / 6)
                    && next.X - (last.X + last.W) is >= 0 and var gap && gap <= start.H)
                {
                    run++;
                    last = next;
                }
            }

            if (run >= MinRun)
            {
                return (run, start.X, start.Y);
            }
        }

        return null;
    }

    private static List<(int X, int Y, int W, int H)> HollowBoxes(bool[] ink, int w, int h)
    {
        var seen = new bool[ink.Length];
        var result = new List<(int X, int Y, int W, int H)>();
        var stack = new Stack<int>();
        var members = new List<int>();
        for (var i = 0; i < ink.Length; i++)
        {
            if (!ink[i] || seen[i])
            {
                continue;
            }

            members.Clear();
            stack.Push(i);
            seen[i] = true;
            int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                members.Add(p);
                int px = p % w, py = p / w;
                (minX, maxX, minY, maxY) = (Math.Min(minX, px), Math.Max(maxX, px), Math.Min(minY, py), Math.Max(maxY, py));
                Visit(px - 1, py);
                Visit(px + 1, py);
                Visit(px, py - 1);
                Visit(px, py + 1);
            }

            int bw = maxX - minX + 1, bh = maxY - minY + 1;
            if (bh is >= 8 and <= 80 && bw >= bh / 2 && bw <= bh * 11 / 10 && IsHollowFrame(members, minX, minY, bw, bh, w))
            {
                result.Add((minX, minY, bw, bh));
            }

            void Visit(int x, int y)
            {
                if (x < 0 || y < 0 || x >= w || y >= h)
                {
                    return;
                }

                var q = (y * w) + x;
                if (ink[q] && !seen[q])
                {
                    seen[q] = true;
                    stack.Push(q);
                }
            }
        }

        return result;
    }

    /// <summary>Every pixel lies within a thin stroke of the box's border, and each side is mostly drawn.</summary>
    private static bool IsHollowFrame(List<int> members, int left, int top, int bw, int bh, int w)
    {
        var stroke = Math.Max(2, bh / 7);
        int topSide = 0, bottomSide = 0, leftSide = 0, rightSide = 0;
        foreach (var p in members)
        {
            int x = (p % w) - left, y = (p / w) - top;
            var nearX = x < stroke || x >= bw - stroke;
            var nearY = y < stroke || y >= bh - stroke;
            if (!nearX && !nearY)
            {
                return false;
            }

            topSide += y == 0 ? 1 : 0;
            bottomSide += y == bh - 1 ? 1 : 0;
            leftSide += x == 0 ? 1 : 0;
            rightSide += x == bw - 1 ? 1 : 0;
        }

        return topSide >= bw * 0.7 && bottomSide >= bw * 0.7 && leftSide >= bh * 0.7 && rightSide >= bh * 0.7;
    }
}
