using System.Security.Cryptography;
using System.Text;
using Cosyn.Rendering;
using SkiaSharp;

namespace Cosyn.Bench.Scale;

/// <summary>
/// A fake instant renderer for every tool: a small PNG of blocks drawn from the code's hash, so images differ (the
/// near-duplicate filter keeps them) and the engine, store and writers are what a long run measures.
/// </summary>
internal sealed class FakeRenderers(IReadOnlyCollection<string> tools) : IRendererRegistry
{
    public IReadOnlyCollection<string> Tools => tools;

    public IRenderer Get(string tool) => new Fake(tool);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Fake(string tool) : IRenderer
    {
        public string Tool => tool;

        public Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(RenderResult.Success(Draw(request.Code), TimeSpan.Zero));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static byte[] Draw(string code)
        {
            var random = new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(code))));
            using var bitmap = new SKBitmap(256, 192);
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                using var paint = new SKPaint();
                for (var i = 0; i < 24; i++)
                {
                    paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                    canvas.DrawRect(random.Next(240), random.Next(176), 8 + random.Next(64), 8 + random.Next(48), paint);
                }
            }

            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            return data.ToArray();
        }
    }
}
