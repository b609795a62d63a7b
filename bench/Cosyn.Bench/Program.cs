using Cosyn.Bench;
using Cosyn.Bench.Scale;
using Cosyn.Bench.Throughput;
using Cosyn.Output.Export;

// dotnet run --project bench/Cosyn.Bench -c Release -- pipeline [NAME] [COUNT]
// dotnet run --project bench/Cosyn.Bench -c Release -- scale [COUNT] [real|fake]  (generate --pipeline all: samples/s, time per stage and tool, RSS as COUNT grows)
// dotnet run --project bench/Cosyn.Bench -c Release -- matplotlib
// dotnet run --project bench/Cosyn.Bench -c Release -- rdkit       (RDKit rendering and plotly-json building)
// dotnet run --project bench/Cosyn.Bench -c Release -- chromium    (html, mermaid, vegalite, plotly: warm pool vs cold browser)
// dotnet run --project bench/Cosyn.Bench -c Release -- clitools [RENDERS] (latex, graphviz, svg, asymptote, lilypond)
// dotnet run --project bench/Cosyn.Bench -c Release -- lilypond [SCORES] (music-lilypond: one process per score vs batched, where the time goes)
// dotnet run --project bench/Cosyn.Bench -c Release -- latex [SAMPLES] (LaTeX pipelines from scratch vs precompiled preamble formats)
// dotnet run --project bench/Cosyn.Bench -c Release -- diversity NAME[,NAME] [COUNT]  (near-duplicate images, distinct topics)
// dotnet run --project bench/Cosyn.Bench -c Release -- route [ROUNDS]  (embedding model load, index build, per-query routing latency)
// dotnet run --project bench/Cosyn.Bench -c Release -- route-vectors  (rewrites the shipped description vectors; from the repo root)
// dotnet run --project bench/Cosyn.Bench -c Release -- layout [RENDERS]  (layout-measure cost per tool as a share of render time)
// dotnet run --project bench/Cosyn.Bench -c Release -- quality [PER_PIPELINE] [DIR]  (check false-positive rate on clean offline renders, check cost vs render)
// dotnet run --project bench/Cosyn.Bench -c Release -- mermaid-size  (every demo Mermaid sample: median text height in px, bar 12)
// dotnet run --project bench/Cosyn.Bench -c Release -- render-cost  (one-shot cosyn render vs the plain tool: svg, graphviz, latex, with the breakdown)
// dotnet run --project bench/Cosyn.Bench -c Release -- export [COUNT] [hf|llava|sharegpt|swift]  (rows/s and peak RSS)
// dotnet run --project bench/Cosyn.Bench -c Release -- throughput [COUNT] [CONCURRENCY]  (LLM path vs a simulated endpoint: samples/s vs ideal)
// dotnet run --project bench/Cosyn.Bench -c Release -- outage [MINUTES] [COUNT]  (the same with a MINUTES-long 503 outage from 20 s: samples lost)
return args switch
{
    ["scale"] => await ScaleBench.RunAsync(1_000, fake: false),
    ["scale", var count] => await ScaleBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), fake: false),
    ["scale", var count, var renders] => await ScaleBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), fake: renders == "fake"),
    ["matplotlib"] => await MatplotlibBench.RunAsync(),
    ["matplotlib", var scripts] => await MatplotlibBench.RunAsync(int.Parse(scripts, CultureInfo.InvariantCulture)),
    ["rdkit"] => await RdkitBench.RunAsync(),
    ["chromium"] => await ChromiumBench.RunAsync(),
    ["clitools"] => await CliToolsBench.RunAsync(10),
    ["clitools", var renders] => await CliToolsBench.RunAsync(int.Parse(renders, CultureInfo.InvariantCulture)),
    ["lilypond"] => await LilypondBench.RunAsync(8),
    ["lilypond", var scores] => await LilypondBench.RunAsync(int.Parse(scores, CultureInfo.InvariantCulture)),
    ["latex"] => await LatexFormatBench.RunAsync(12),
    ["latex", var samples] => await LatexFormatBench.RunAsync(int.Parse(samples, CultureInfo.InvariantCulture)),
    ["diversity", var names] => await DiversityBench.RunAsync(names.Split(','), 200),
    ["diversity", var names, var count] => await DiversityBench.RunAsync(names.Split(','), int.Parse(count, CultureInfo.InvariantCulture)),
    ["layout"] => await LayoutBench.RunAsync(3),
    ["layout", var renders] => await LayoutBench.RunAsync(int.Parse(renders, CultureInfo.InvariantCulture)),
    ["quality"] => await QualityBench.RunAsync(10, null),
    ["quality", var per] => await QualityBench.RunAsync(int.Parse(per, CultureInfo.InvariantCulture), null),
    ["quality", var per, var dir] => await QualityBench.RunAsync(int.Parse(per, CultureInfo.InvariantCulture), dir),
    ["export"] => await ExportBench.RunAsync(20_000, ExportFormat.Hf),
    ["export", var count] => await ExportBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), ExportFormat.Hf),
    ["export", var count, var format] => await ExportBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), Enum.Parse<ExportFormat>(format, ignoreCase: true)),
    ["mermaid-size"] => await MermaidSizeBench.RunAsync(),
    ["render-cost"] => await RenderCostBench.RunAsync(),
    ["route"] => RouteBench.Run(5),
    ["route", var rounds] => RouteBench.Run(int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["route-vectors"] => RouteBench.WriteVectors(),
    ["throughput"] => await ThroughputBench.RunAsync(800, 32, new SimulatedEndpointOptions()),
    ["throughput", var count] => await ThroughputBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), 32, new SimulatedEndpointOptions()),
    ["throughput", var count, var width] => await ThroughputBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), int.Parse(width, CultureInfo.InvariantCulture), new SimulatedEndpointOptions()),
    ["outage"] => await ThroughputBench.RunAsync(800, 32, Outage(5)),
    ["outage", var minutes] => await ThroughputBench.RunAsync(800, 32, Outage(double.Parse(minutes, CultureInfo.InvariantCulture))),
    ["outage", var minutes, var count] => await ThroughputBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), 32, Outage(double.Parse(minutes, CultureInfo.InvariantCulture))),
    ["pipeline"] => await PipelineBench.RunAsync("chart-matplotlib", 40),
    ["pipeline", var name] => await PipelineBench.RunAsync(name, 40),
    ["pipeline", var name, var count] => await PipelineBench.RunAsync(name, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

// A compressed outage (e.g. 0.5 minutes) exercises the same path as the real 5 minutes in a fraction of the time.
static SimulatedEndpointOptions Outage(double minutes) => new() { OutageStart = TimeSpan.FromSeconds(20), OutageLength = TimeSpan.FromMinutes(minutes) };

static int Usage()
{
    Console.Error.WriteLine("usage: Cosyn.Bench scale [COUNT] [real|fake] | pipeline [NAME] [COUNT] | matplotlib | rdkit | chromium | clitools [RENDERS] | diversity NAME[,NAME] [COUNT] | layout [RENDERS] | quality [PER_PIPELINE] [DIR] | export [COUNT] [FORMAT] | route [ROUNDS] | route-vectors | mermaid-size | render-cost | throughput [COUNT] [CONCURRENCY] | outage [MINUTES] [COUNT] | latex [SAMPLES] | lilypond [SCORES]");
    return 2;
}
