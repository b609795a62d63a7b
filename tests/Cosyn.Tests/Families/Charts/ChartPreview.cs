namespace Cosyn.Tests.Families.Charts;

/// <summary>Writes a few samples and their rendered PNGs to /tmp for a person to look at (set COSYN_PREVIEW=1).</summary>
public sealed class ChartPreview
{
    [Fact]
    public void WritesPreviewPngs()
    {
        if (Environment.GetEnvironmentVariable("COSYN_PREVIEW") != "1")
        {
            return;
        }

        var dir = Path.Combine(Path.GetTempPath(), "cosyn-chart-preview");
        Directory.CreateDirectory(dir);
        var seeds = (Environment.GetEnvironmentVariable("COSYN_PREVIEW_SEEDS") ?? "1,2,3").Split(',').Select(long.Parse).ToList();
        var jobs = new List<(string Code, string Png)>();
        foreach (var figureType in ChartSamples.FigureTypes)
        {
            foreach (var seed in seeds)
            {
                var sample = ChartSamples.Make(seed, figureType);
                var stem = Path.Combine(dir, $"{figureType.Replace(' ', '-')}-{seed}");
                File.WriteAllText(stem + ".txt", ChartSamples.Describe(sample));
                jobs.Add((sample.Code, stem + ".png"));
            }
        }

        var results = MatplotlibRunner.RenderAll(jobs);
        Assert.All(results, r => Assert.True(r.Error is null, r.Error));
    }
}
