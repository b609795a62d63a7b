namespace Cosyn.Rendering.Targets;

/// <summary>Target boxes measured on a rendered page, with the size of the image their pixels refer to.</summary>
public sealed record RenderTargets(int ImageWidth, int ImageHeight, IReadOnlyList<TargetBox> Boxes)
{
    /// <summary>The attribute that marks an element as a target in HTML (<c>data-point-target="ID"</c>).</summary>
    public const string Attribute = "data-point-target";

    /// <summary>Boxes of <paramref name="id"/>, in document order.</summary>
    public IReadOnlyList<TargetBox> Find(string id) => [.. Boxes.Where(b => b.Id == id)];

    /// <summary>The same boxes after the image was cropped at (<paramref name="left"/>, <paramref name="top"/>) and scaled by <paramref name="scale"/>.</summary>
    public RenderTargets Map(int left, int top, double scale, int width, int height) =>
        new(width, height, [.. Boxes
            .Select(b => new TargetBox(b.Id, (b.X - left) * scale, (b.Y - top) * scale, b.Width * scale, b.Height * scale))
            .Where(b => b.Width > 0 && b.Height > 0 && b.X < width && b.Y < height && b.X + b.Width > 0 && b.Y + b.Height > 0)]);
}
