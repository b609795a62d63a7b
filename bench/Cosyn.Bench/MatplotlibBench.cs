using System.Diagnostics;
using System.Globalization;
using Cosyn.Rendering;
using Cosyn.Rendering.Matplotlib;
using Cosyn.Rendering.Python;

namespace Cosyn.Bench;

/// <summary>Measures worker cold start, warm render latency and a cold interpreter per render.</summary>
internal static class MatplotlibBench
{
    private const string Bar = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.bar(['a','b','c'], [3, 1, 2])\nax.set_title('t')\nplt.show()\n";

    public static async Task<int> RunAsync()
    {
        var options = new PythonWorkerOptions { Concurrency = 1 };
        var request = new RenderRequest(ToolNames.Matplotlib, Bar, new RenderOptions());
        var clock = Stopwatch.StartNew();
        await using (var renderer = new MatplotlibRenderer(options))
        {
            var first = await renderer.RenderAsync(request, CancellationToken.None);
            Report("cold start + first render (sandboxed worker)", clock.Elapsed, first.Succeeded);
            var warm = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var r = await renderer.RenderAsync(request, CancellationToken.None);
                warm.Add(r.Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm render p50 {warm[10]:0} ms, min {warm[0]:0} ms, max {warm[^1]:0} ms"));
        }

        var script = Path.Combine(Path.GetTempPath(), "cosyn-bench-bar.py");
        await File.WriteAllTextAsync(script, "import matplotlib\nmatplotlib.use('Agg')\n" + Bar.Replace("plt.show()", "plt.savefig('/tmp/cosyn-bench-bar.png', bbox_inches='tight')", StringComparison.Ordinal));
        var cold = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            clock.Restart();
            using var p = Process.Start("/usr/bin/python3", script);
            await p.WaitForExitAsync();
            cold.Add(clock.Elapsed.TotalMilliseconds);
        }

        cold.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold `python3 script.py` p50 {cold[2]:0} ms (unsandboxed)"));
        return 0;
    }

    private static void Report(string what, TimeSpan elapsed, bool ok) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalMilliseconds:0} ms (ok={ok})"));
}
