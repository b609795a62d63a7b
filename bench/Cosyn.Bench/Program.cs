using System.Globalization;
using Cosyn.Bench;

// dotnet run --project bench/Cosyn.Bench -c Release -- pipeline [NAME] [COUNT]
// dotnet run --project bench/Cosyn.Bench -c Release -- matplotlib
// dotnet run --project bench/Cosyn.Bench -c Release -- chromium
return args switch
{
    ["matplotlib"] => await MatplotlibBench.RunAsync(),
    ["chromium"] => await ChromiumBench.RunAsync(),
    ["pipeline"] => await PipelineBench.RunAsync("chart-matplotlib", 40),
    ["pipeline", var name] => await PipelineBench.RunAsync(name, 40),
    ["pipeline", var name, var count] => await PipelineBench.RunAsync(name, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Cosyn.Bench pipeline [NAME] [COUNT] | matplotlib | chromium");
    return 2;
}
