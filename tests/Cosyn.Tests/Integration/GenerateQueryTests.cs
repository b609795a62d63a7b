using Cosyn.Cli;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Integration;

/// <summary>Targeted generation end to end (issue 18): the CLI's written samples are about what the query asked for.</summary>
public sealed class GenerateQueryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Generate_MonthlyRainfallInSeattle_WritesChartsOfSeattlesRainfall()
    {
        var output = _temp.Sub("out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CosynCli.RunAsync(["generate", "--query", "monthly rainfall in Seattle", "--count", "6", "--out", output], stdout, stderr);

        Assert.True(code == 0, $"exit {code}: {stderr}");
        var samples = File.ReadAllLines(Path.Combine(output, "samples.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("metadata")).ToList();
        Assert.Equal(6, samples.Count);
        foreach (var metadata in samples)
        {
            var topic = metadata.GetProperty("topic").GetString()!;
            Assert.StartsWith("chart-", metadata.GetProperty("pipeline").GetString(), StringComparison.Ordinal);
            Assert.Contains("Seattle", topic, StringComparison.Ordinal);
            Assert.Matches("(?i)rain|precipitation", topic);
        }
    }
}
