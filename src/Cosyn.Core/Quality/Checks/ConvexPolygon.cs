namespace Cosyn.Quality.Checks;

/// <summary>Area and intersection of convex polygons (Sutherland-Hodgman clipping), for rotated text outlines.</summary>
public static class ConvexPolygon
{
    /// <summary>Area by the shoelace formula, whatever the winding.</summary>
    public static double Area(IReadOnlyList<(double X, double Y)> polygon)
    {
        ArgumentNullException.ThrowIfNull(polygon);
        return Math.Abs(SignedArea(polygon));
    }

    /// <summary>Area shared by two convex polygons.</summary>
    public static double IntersectionArea(IReadOnlyList<(double X, double Y)> subject, IReadOnlyList<(double X, double Y)> clip)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(clip);
        var winding = Math.Sign(SignedArea(clip));
        var output = subject.ToList();
        for (var i = 0; i < clip.Count && output.Count > 0; i++)
        {
            var (a, b) = (clip[i], clip[(i + 1) % clip.Count]);
            var input = output;
            output = [];
            for (var j = 0; j < input.Count; j++)
            {
                var (p, q) = (input[j], input[(j + 1) % input.Count]);
                bool pIn = Side(a, b, p) * winding >= 0, qIn = Side(a, b, q) * winding >= 0;
                if (pIn)
                {
                    output.Add(p);
                }

                if (pIn != qIn)
                {
                    output.Add(Crossing(a, b, p, q));
                }
            }
        }

        return output.Count < 3 ? 0 : Area(output);
    }

    private static double SignedArea(IReadOnlyList<(double X, double Y)> polygon)
    {
        var sum = 0.0;
        for (var i = 0; i < polygon.Count; i++)
        {
            var (p, q) = (polygon[i], polygon[(i + 1) % polygon.Count]);
            sum += (p.X * q.Y) - (q.X * p.Y);
        }

        return sum / 2;
    }

    private static double Side((double X, double Y) a, (double X, double Y) b, (double X, double Y) p) =>
        ((b.X - a.X) * (p.Y - a.Y)) - ((b.Y - a.Y) * (p.X - a.X));

    private static (double X, double Y) Crossing((double X, double Y) a, (double X, double Y) b, (double X, double Y) p, (double X, double Y) q)
    {
        double sp = Side(a, b, p), sq = Side(a, b, q);
        var t = sp / (sp - sq);
        return (p.X + (t * (q.X - p.X)), p.Y + (t * (q.Y - p.Y)));
    }
}
