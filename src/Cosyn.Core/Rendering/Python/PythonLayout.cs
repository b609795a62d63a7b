using System.Text.Json;
using Cosyn.Rendering.Layout;

namespace Cosyn.Rendering.Python;

/// <summary>The layout a matplotlib job measured during its final save (cosyn_layout.py), as sent on the wire.</summary>
public sealed record PythonLayout
{
    /// <summary>Width of the canvas the boxes were measured on (the saved PNG's).</summary>
    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>Rows <c>[text, x, y, w, h, clipped, font px]</c>; null when the draw was never measured.</summary>
    public IReadOnlyList<JsonElement[]>? Boxes { get; init; }

    /// <summary>Characters a font had no glyph for.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>Why measuring failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>Time spent measuring inside the job.</summary>
    public double Seconds { get; init; }

    /// <summary>The facts in pixels of the <paramref name="width"/> x <paramref name="height"/> PNG the job wrote.</summary>
    public LayoutFacts ToFacts(int width, int height)
    {
        var time = TimeSpan.FromSeconds(Seconds);
        if (Boxes is null || Width <= 0 || Height <= 0)
        {
            return LayoutFacts.Unavailable(width, height, Error ?? "the figure's draw was not measured") with { MeasureTime = time };
        }

        // Equal in practice; a rounding difference between canvas and PNG is scaled away.
        double sx = (double)width / Width, sy = (double)height / Height;
        var texts = Boxes.Where(r => r.Length >= 7).Select(r => new TextBox(
            r[0].GetString() ?? "", r[1].GetDouble() * sx, r[2].GetDouble() * sy, r[3].GetDouble() * sx, r[4].GetDouble() * sy,
            r[5].GetBoolean(), r[6].GetDouble() * sx)).ToList();
        return new LayoutFacts(LayoutSource.Matplotlib, width, height, texts, Missing) { MeasureTime = time, Reason = Error };
    }
}
