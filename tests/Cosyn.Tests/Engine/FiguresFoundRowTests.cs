using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Engine;

/// <summary>A row records <c>figures_found</c> when the code drew several figures and one was chosen, and only then.</summary>
public sealed class FiguresFoundRowTests : EngineRunTests
{
    [Fact]
    public async Task Several_figures_are_recorded_one_is_not()
    {
        // Samples whose code has an even character sum "draw" three figures, the others one.
        var renderers = new FakeRendererRegistry { FiguresFound = r => Several(r.Code) ? 3 : 1 };
        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), renderers, Options("out", 12, concurrency: 2, seed: 4));

        var rows = Lines("out").Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(12, rows.Count);
        foreach (var row in rows)
        {
            var recorded = row.GetProperty("metadata").TryGetProperty("figures_found", out var figures);
            Assert.Equal(Several(row.GetProperty("code").GetString()!), recorded);
            if (recorded)
            {
                Assert.Equal(3, figures.GetInt32());
            }
        }

        Assert.Contains(rows, r => r.GetProperty("metadata").TryGetProperty("figures_found", out _));
        Assert.Contains(rows, r => !r.GetProperty("metadata").TryGetProperty("figures_found", out _));
    }

    private static bool Several(string code) => code.Sum(c => c) % 2 == 0;
}
