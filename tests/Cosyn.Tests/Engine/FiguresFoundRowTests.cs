using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Engine;

/// <summary>A row records <c>figures_found</c> when the code drew several figures and one was chosen, and only then.</summary>
public sealed class FiguresFoundRowTests : IDisposable
{
    private static readonly PipelineDefinition ChartMatplotlib = PipelineCatalog.Find("chart-matplotlib")!;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Several_figures_are_recorded_one_is_not()
    {
        // Samples whose code has an even character sum "draw" three figures, the others one.
        var renderers = new FakeRendererRegistry { FiguresFound = r => r.Code.Sum(c => c) % 2 == 0 ? 3 : 1 };
        var options = new RunOptions { Pipelines = [ChartMatplotlib], Count = 12, OutputFolder = _temp.Sub("out"), Seed = 4, Concurrency = 2 };
        await new RunEngine(new FakeSynthesizer(ChartMatplotlib.Name), renderers, TimeProvider.System)
            .RunAsync(options, new FixedPersonas(), new RunProgress(), CancellationToken.None);

        var rows = File.ReadAllLines(Path.Combine(_temp.Sub("out"), "samples.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(12, rows.Count);
        foreach (var row in rows)
        {
            var several = row.GetProperty("code").GetString()!.Sum(c => c) % 2 == 0;
            var recorded = row.GetProperty("metadata").TryGetProperty("figures_found", out var figures);
            Assert.Equal(several, recorded);
            if (recorded)
            {
                Assert.Equal(3, figures.GetInt32());
            }
        }

        Assert.Contains(rows, r => r.GetProperty("metadata").TryGetProperty("figures_found", out _));
        Assert.Contains(rows, r => !r.GetProperty("metadata").TryGetProperty("figures_found", out _));
    }
}
