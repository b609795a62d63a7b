using System.Globalization;
using Cosyn.Bench;
using Cosyn.Output.Export;

// dotnet run --project bench/Cosyn.Bench -c Release -- pipeline [NAME] [COUNT]
// dotnet run --project bench/Cosyn.Bench -c Release -- matplotlib
// dotnet run --project bench/Cosyn.Bench -c Release -- rdkit       (RDKit rendering and plotly-json building)
// dotnet run --project bench/Cosyn.Bench -c Release -- chromium    (html, mermaid, vegalite, plotly: warm pool vs cold browser)
// dotnet run --project bench/Cosyn.Bench -c Release -- clitools [RENDERS] (latex, graphviz, svg, asymptote, lilypond)
// dotnet run --project bench/Cosyn.Bench -c Release -- latex [SAMPLES] (LaTeX pipelines from scratch vs precompiled preamble formats)
// dotnet run --project bench/Cosyn.Bench -c Release -- diversity NAME[,NAME] [COUNT]  (near-duplicate images, distinct topics)
// dotnet run --project bench/Cosyn.Bench -c Release -- route [ROUNDS]  (embedding model load, index build, per-query routing latency)
// dotnet run --project bench/Cosyn.Bench -c Release -- layout [RENDERS]  (layout-measure cost per tool as a share of render time)
// dotnet run --project bench/Cosyn.Bench -c Release -- export [COUNT] [hf|llava|sharegpt|swift]  (rows/s and peak RSS)
return args switch
{
    ["matplotlib"] => await MatplotlibBench.RunAsync(),
    ["rdkit"] => await RdkitBench.RunAsync(),
    ["chromium"] => await ChromiumBench.RunAsync(),
    ["clitools"] => await CliToolsBench.RunAsync(10),
    ["clitools", var renders] => await CliToolsBench.RunAsync(int.Parse(renders, CultureInfo.InvariantCulture)),
    ["latex"] => await LatexFormatBench.RunAsync(12),
    ["latex", var samples] => await LatexFormatBench.RunAsync(int.Parse(samples, CultureInfo.InvariantCulture)),
    ["diversity", var names] => await DiversityBench.RunAsync(names.Split(','), 200),
    ["diversity", var names, var count] => await DiversityBench.RunAsync(names.Split(','), int.Parse(count, CultureInfo.InvariantCulture)),
    ["layout"] => await LayoutBench.RunAsync(3),
    ["layout", var renders] => await LayoutBench.RunAsync(int.Parse(renders, CultureInfo.InvariantCulture)),
    ["export"] => await ExportBench.RunAsync(20_000, ExportFormat.Hf),
    ["export", var count] => await ExportBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), ExportFormat.Hf),
    ["export", var count, var format] => await ExportBench.RunAsync(int.Parse(count, CultureInfo.InvariantCulture), Enum.Parse<ExportFormat>(format, ignoreCase: true)),
    ["route"] => RouteBench.Run(5),
    ["route", var rounds] => RouteBench.Run(int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["pipeline"] => await PipelineBench.RunAsync("chart-matplotlib", 40),
    ["pipeline", var name] => await PipelineBench.RunAsync(name, 40),
    ["pipeline", var name, var count] => await PipelineBench.RunAsync(name, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Cosyn.Bench pipeline [NAME] [COUNT] | matplotlib | rdkit | chromium | clitools [RENDERS] | latex [SAMPLES] | diversity NAME[,NAME] [COUNT] | layout [RENDERS] | export [COUNT] [FORMAT] | route [ROUNDS]");
    return 2;
}
