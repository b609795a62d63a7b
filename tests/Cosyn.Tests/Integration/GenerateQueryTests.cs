using Cosyn.Cli;

namespace Cosyn.Tests.Integration;

/// <summary>Targeted generation end to end (issue 18): the CLI's written samples are about what the query asked for.</summary>
public sealed class GenerateQueryTests
{
    [Fact]
    public async Task Generate_MonthlyRainfallInSeattle_WritesChartsOfSeattlesRainfall()
    {
        using var temp = new TempFolder();
        var (code, error) = await GenerateAsync(temp.Sub("out"), "monthly rainfall in Seattle", 6);

        Assert.True(code == 0, $"exit {code}: {error}");
        var topics = File.ReadAllLines(Path.Combine(temp.Sub("out"), "samples.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("metadata"))
            .Select(m => (Pipeline: m.GetProperty("pipeline").GetString()!, Topic: m.GetProperty("topic").GetString()!))
            .ToList();
        Assert.Equal(6, topics.Count);
        Assert.All(topics, t => Assert.StartsWith("chart-", t.Pipeline, StringComparison.Ordinal));
        Assert.All(topics, t => Assert.Matches("Seattle", t.Topic));
        Assert.All(topics, t => Assert.Matches("(?i)rain|precipitation", t.Topic));
    }

    private static async Task<(int Code, string Error)> GenerateAsync(string output, string query, int count)
    {
        var run = await InProcessCli.RunAsync("generate", "--query", query, "--count", count.ToString(CultureInfo.InvariantCulture), "--out", output);
        return (run.Code, run.Stderr);
    }
}
