using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.Html;
using Cosyn.Rendering.Mermaid;
using Cosyn.Rendering.Plotly;
using Cosyn.Rendering.VegaLite;

namespace Cosyn.Bench;

/// <summary>Per Chromium tool: renders/s and p50/p95 latency with a warm pool versus a new browser per render, same inputs.</summary>
internal static class ChromiumBench
{
    private const int WarmRenders = 30;
    private const int ColdRenders = 6;

    private static readonly ChromiumOptions Options = new() { Concurrency = 1 };

    private static readonly (string Tool, Func<IRenderer> Create, string[] Inputs)[] Tools =
    [
        (ToolNames.Html, () => new HtmlRenderer(Options),
        [
            "<html><body style='font-family:sans-serif'><h1>Invoice 2024-117</h1><table><tr><td>Widget</td><td>3</td><td>12.00</td></tr><tr><td>Gadget</td><td>1</td><td>40.00</td></tr></table><p><b>Total 76.00</b></p></body></html>",
            "<html><body><h2>Monthly Visitors</h2><svg width='300' height='160'><rect x='20' y='40' width='50' height='100' fill='#4e79a7'/><rect x='100' y='10' width='50' height='130' fill='#f28e2b'/><text x='25' y='155'>Mar</text><text x='105' y='155'>Apr</text></svg></body></html>",
        ]),
        (ToolNames.Mermaid, () => new MermaidRenderer(Options),
        [
            "flowchart TD\n  A[Receive order] --> B{In stock?}\n  B -->|yes| C[Ship]\n  B -->|no| D[Backorder]",
            "sequenceDiagram\n  Client->>Server: GET /invoice\n  Server-->>Client: 200 OK",
        ]),
        (ToolNames.VegaLite, () => new VegaLiteRenderer(Options),
        [
            """{"data": {"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}, {"a": "C", "b": 43}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}""",
            """{"data": {"values": [{"x": 1, "y": 3}, {"x": 2, "y": 5}, {"x": 3, "y": 4}]}, "mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}}""",
        ]),
        (ToolNames.Plotly + " (figure JSON)", () => new PlotlyRenderer(PlotlyRenderer.CreatePool(Options), new FigureJsonSource()),
        [
            """{"data": [{"type": "bar", "x": ["Oslo", "Bergen"], "y": [709, 285]}], "layout": {"title": {"text": "Population"}}}""",
            """{"data": [{"type": "pie", "labels": ["Rent", "Food"], "values": [60, 40]}], "layout": {}}""",
        ]),
    ];

    public static async Task<int> RunAsync()
    {
        Console.WriteLine("tool                  | warm r/s | warm p50 | warm p95 | cold r/s | cold p50 | cold p95 | speed-up");
        foreach (var (tool, create, inputs) in Tools)
        {
            var warm = await WarmAsync(tool, create, inputs);
            var cold = await ColdAsync(tool, create, inputs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{tool,-21} | {1000 / warm.Average(),8:0.0} | {Percentile(warm, 50),6:0} ms | {Percentile(warm, 95),6:0} ms | {1000 / cold.Average(),8:0.00} | {Percentile(cold, 50),6:0} ms | {Percentile(cold, 95),6:0} ms | {cold.Average() / warm.Average(),6:0.0}x"));
        }

        return 0;
    }

    // One renderer for all renders; the first (browser launch) is excluded as warm-up.
    private static async Task<List<double>> WarmAsync(string tool, Func<IRenderer> create, string[] inputs)
    {
        await using var renderer = create();
        await RenderAsync(renderer, tool, inputs[0]);
        var times = new List<double>();
        for (var i = 0; i < WarmRenders; i++)
        {
            times.Add(await RenderAsync(renderer, tool, inputs[i % inputs.Length]));
        }

        return times;
    }

    // A new browser per render, launch and shutdown included: what a per-diagram CLI costs.
    private static async Task<List<double>> ColdAsync(string tool, Func<IRenderer> create, string[] inputs)
    {
        var times = new List<double>();
        for (var i = 0; i < ColdRenders; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var renderer = create())
            {
                await RenderAsync(renderer, tool, inputs[i % inputs.Length]);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static async Task<double> RenderAsync(IRenderer renderer, string tool, string input)
    {
        var clock = Stopwatch.StartNew();
        var result = await renderer.RenderAsync(new RenderRequest(tool, input, new RenderOptions()), CancellationToken.None);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{tool}: {result.Failure}");
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
