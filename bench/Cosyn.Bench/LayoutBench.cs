namespace Cosyn.Bench;

/// <summary>Layout-measure cost per tool as a share of render time: what the layout facts add to each render (#13).</summary>
internal static class LayoutBench
{
    private static readonly (string Tool, string Code)[] ChromiumAndPython =
    [
        (ToolNames.Html, "<html><body style='font:16px sans-serif'><h1>Quarterly report</h1><table>" + string.Concat(Enumerable.Range(1, 40).Select(i => $"<tr><td>Row {i}</td><td>{i * 3.5}</td><td>note {i}</td></tr>")) + "</table></body></html>"),
        (ToolNames.Mermaid, "flowchart TD\n  A[Receive order] --> B{In stock?}\n  B -->|yes| C[Ship parcel]\n  B -->|no| D[Backorder]"),
        (ToolNames.VegaLite, """{"data": {"values": [{"a": "North", "b": 28}, {"a": "South", "b": 55}, {"a": "East", "b": 43}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}, "title": "Sales"}"""),
        (ToolNames.Matplotlib, "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['North', 'South', 'East'], [3, 5, 4])\nax.set_title('Sales by region')\nfor i, v in enumerate([3, 5, 4]):\n    ax.text(i, v, str(v))\nplt.show()\n"),
    ];

    public static async Task<int> RunAsync(int renders)
    {
        var registry = RendererRegistry.CreateDefault(new RenderingSettings());
        var inputs = ChromiumAndPython.Concat(CliToolsBenchInputs.All).ToList();
        Console.WriteLine("tool        renders  render ms  measure ms  share");
        foreach (var group in inputs.GroupBy(i => i.Tool))
        {
            var renderer = registry.Get(group.Key);
            double render = 0, measure = 0;
            var counted = 0;
            // The first render warms pools and caches: not counted.
            await renderer.RenderAsync(new RenderRequest(group.Key, group.First().Code, new RenderOptions()), CancellationToken.None);
            for (var i = 0; i < renders; i++)
            {
                foreach (var (tool, code) in group)
                {
                    var result = await renderer.RenderAsync(new RenderRequest(tool, code, new RenderOptions()), CancellationToken.None);
                    if (result.Layout is { } layout)
                    {
                        render += result.Elapsed.TotalMilliseconds;
                        measure += layout.MeasureTime.TotalMilliseconds;
                        counted++;
                    }
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-11} {counted,7}  {render / Math.Max(1, counted),9:0.0}  {measure / Math.Max(1, counted),10:0.0}  {measure / Math.Max(1, render),5:P1}"));
            await renderer.DisposeAsync();
        }

        return 0;
    }
}
