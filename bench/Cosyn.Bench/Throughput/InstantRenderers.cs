using SkiaSharp;

namespace Cosyn.Bench.Throughput;

/// <summary>
/// A renderer registry that answers every request at once with one small real PNG, so the throughput bench measures
/// the LLM path (engine, middleware, provider) and the render stage is never the limit.
/// </summary>
internal sealed class InstantRenderers : IRendererRegistry, IRenderer
{
    private static readonly byte[] Png = MakePng();

    public IReadOnlyCollection<string> Tools => [ToolNames.Matplotlib];

    public string Tool => ToolNames.Matplotlib;

    public IRenderer Get(string tool) => this;

    public Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(RenderResult.Success(Png, TimeSpan.Zero));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static byte[] MakePng()
    {
        using var bitmap = new SKBitmap(96, 64);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            canvas.DrawRect(10, 20, 20, 40, paint);
            canvas.DrawRect(40, 5, 20, 55, paint);
            canvas.DrawRect(70, 30, 20, 30, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
