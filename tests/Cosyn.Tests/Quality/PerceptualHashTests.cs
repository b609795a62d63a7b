using Cosyn.Quality;
using SkiaSharp;

namespace Cosyn.Tests.Quality;

public sealed class PerceptualHashTests
{
    [Fact]
    public void Compute_SameChartAtTwoSizes_NearlySameHash()
    {
        var small = PerceptualHash.Compute(Bars(400, 300, [3, 5, 2]))!.Value;
        var large = PerceptualHash.Compute(Bars(800, 600, [3, 5, 2]))!.Value;

        Assert.InRange(small.DistanceTo(large), 0, NearDuplicates.DefaultMaxDistance);
    }

    [Fact]
    public void Compute_DifferentCharts_FarApart()
    {
        var a = PerceptualHash.Compute(Bars(400, 300, [3, 5, 2]))!.Value;
        var b = PerceptualHash.Compute(Bars(400, 300, [5, 1, 4]))!.Value;

        Assert.True(a.DistanceTo(b) > NearDuplicates.DefaultMaxDistance);
    }

    [Fact]
    public void Compute_NotAnImage_Null() => Assert.Null(PerceptualHash.Compute([1, 2, 3]));

    [Fact]
    public void Count_OneRepeat_CountsOnce()
    {
        var a = PerceptualHash.Compute(Bars(400, 300, [3, 5, 2]))!.Value;
        var b = PerceptualHash.Compute(Bars(400, 300, [5, 1, 4]))!.Value;

        Assert.Equal(1, NearDuplicates.Count([a, b, a]));
    }

    private static byte[] Bars(int width, int height, int[] values)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.SteelBlue };
            var slot = width / values.Length;
            for (var i = 0; i < values.Length; i++)
            {
                var top = height - (height * values[i] / 6f);
                canvas.DrawRect(new SKRect((i * slot) + (slot * 0.2f), top, ((i + 1) * slot) - (slot * 0.2f), height), paint);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
