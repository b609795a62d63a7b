using Cosyn.Rendering.Images;

namespace Cosyn.Tests.Families.Points;

/// <summary>A located element in percent of the final image, through the crop and scale the test's own image went through.</summary>
internal sealed record PercentBox(double X, double Y, double W, double H)
{
    public static PercentBox Of(LocatedBox b, ImageOutcome image)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(image);
        var t = image.Transform;
        var x = ((b.X * PageLocator.Scale) - t.Left) * t.Scale;
        var y = ((b.Y * PageLocator.Scale) - t.Top) * t.Scale;
        return new(x / image.Width * 100, y / image.Height * 100, b.W * PageLocator.Scale * t.Scale / image.Width * 100, b.H * PageLocator.Scale * t.Scale / image.Height * 100);
    }

    // Answers are rounded to 0.1 %, so a point may sit that far outside the exact box.
    public bool Contains(AnswerPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.X >= X - 0.1 && p.X <= X + W + 0.1 && p.Y >= Y - 0.1 && p.Y <= Y + H + 0.1;
    }
}
