using System.Globalization;
using Cosyn.Bench;

// dotnet run --project bench/Cosyn.Bench -c Release -- pipeline [NAME] [COUNT]
// dotnet run --project bench/Cosyn.Bench -c Release -- matplotlib
// dotnet run --project bench/Cosyn.Bench -c Release -- rdkit       (RDKit rendering and plotly-json building)
return args switch
{
    ["matplotlib"] => await MatplotlibBench.RunAsync(),
    ["rdkit"] => await RdkitBench.RunAsync(),
    ["pipeline"] => await PipelineBench.RunAsync("chart-matplotlib", 40),
    ["pipeline", var name] => await PipelineBench.RunAsync(name, 40),
    ["pipeline", var name, var count] => await PipelineBench.RunAsync(name, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Cosyn.Bench pipeline [NAME] [COUNT] | matplotlib | rdkit");
    return 2;
}
