using Cosyn.Rendering.Plotly;
using Cosyn.Rendering.Python;
using Cosyn.Rendering.Rdkit;

namespace Cosyn.Bench;

/// <summary>RDKit rendering and Plotly figure building: warm sandboxed worker versus a cold python3 per job, same code.</summary>
internal static class RdkitBench
{
    private const string Caffeine = """
        from rdkit import Chem
        from rdkit.Chem.Draw import rdMolDraw2D
        mol = Chem.MolFromSmiles("CN1C=NC2=C1C(=O)N(C(=O)N2C)C")
        d = rdMolDraw2D.MolDraw2DCairo(500, 400)
        d.DrawMolecule(mol, legend="Caffeine")
        d.FinishDrawing()
        d.WriteDrawingText("cosyn-bench-caffeine.png")
        """;

    private const string Bar = """
        import plotly.express as px
        fig = px.bar(x=["Q1", "Q2", "Q3", "Q4"], y=[120, 135, 150, 170], title="Quarterly Revenue", labels={"x": "Quarter", "y": "Revenue"})
        fig.update_layout(template="plotly_white")
        fig.show()
        """;

    // Cold equivalent of the worker's capture: the same figure, written as JSON.
    private const string BarCold = Bar + "\nimport plotly.io as pio\nopen('cosyn-bench-bar.json', 'w').write(pio.to_json(fig, engine='json'))\n";

    public static async Task<int> RunAsync(int count = 40)
    {
        var options = new PythonWorkerOptions { Concurrency = 1 };
        var render = new RenderOptions();
        await using (var renderer = new RdkitRenderer(options))
        {
            var request = new RenderRequest(ToolNames.Rdkit, Caffeine, render);
            var first = await FirstAsync(async () => (await renderer.RenderAsync(request, CancellationToken.None)).Succeeded);
            var warm = await Latency.SampleAsync(count, async () => (await renderer.RenderAsync(request, CancellationToken.None)).Succeeded);
            Latency.Report("rdkit", first, warm, await Latency.ColdPythonAsync(Caffeine.Replace("(\"cosyn-bench", "(\"/tmp/cosyn-bench", StringComparison.Ordinal), 10));
        }

        await using (var builder = new PlotlyFigureBuilder(options))
        {
            var first = await FirstAsync(async () => (await builder.BuildAsync(Bar, render, CancellationToken.None)).FigureJson is not null);
            var warm = await Latency.SampleAsync(count, async () => (await builder.BuildAsync(Bar, render, CancellationToken.None)).FigureJson is not null);
            Latency.Report("plotly-json", first, warm, await Latency.ColdPythonAsync(BarCold.Replace("('cosyn-bench", "('/tmp/cosyn-bench", StringComparison.Ordinal), 10));
        }

        return 0;
    }

    private static async Task<double> FirstAsync(Func<Task<bool>> call)
    {
        var clock = Stopwatch.StartNew();
        return await call() ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException("first job failed");
    }
}
