using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Llm;
using Cosyn.Llm.Accounting;
using Cosyn.Store;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>Prices, per-stage usage, and the llm section of stats.json.</summary>
public sealed class LlmAccountingTests
{
    [Theory]
    [InlineData("gpt-4o-mini-2024-07-18", 0.15, 0.60)]
    [InlineData("gpt-4o-2024-08-06", 2.50, 10.00)]
    [InlineData("claude-sonnet-4-5-20250929", 3.00, 15.00)]
    public void Find_DatedModelId_MatchesLongestKnownPrefix(string model, double input, double output) =>
        Assert.Equal(new ModelPrice((decimal)input, (decimal)output), LlmPriceTable.Default.Find(model));

    [Fact]
    public void WithFile_OverridesAndAddsEntries()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("prices.json");
        File.WriteAllText(path, """
            // local server, billed by our own accounting
            { "qwen2.5-coder": { "input": 0.05, "output": 0.1 }, "gpt-4o": { "input": 1, "output": 2 } }
            """);

        var table = LlmPriceTable.Default.WithFile(path);

        Assert.Equal(new ModelPrice(0.05m, 0.1m), table.Find("qwen2.5-coder:32b"));
        Assert.Equal(new ModelPrice(1m, 2m), table.Find("gpt-4o"));
        Assert.Equal(new ModelPrice(0.15m, 0.60m), table.Find("gpt-4o-mini"));
    }

    [Fact]
    public void WithFile_Malformed_ThrowsOneLineError()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("prices.json");
        File.WriteAllText(path, "{ \"gpt-4o\": { \"input\": -1, \"output\": 2 } }");

        var error = Assert.Throws<LlmPriceFileException>(() => LlmPriceTable.Default.WithFile(path));

        Assert.Contains("gpt-4o", error.Message, StringComparison.Ordinal);
        Assert.Throws<LlmPriceFileException>(() => LlmPriceTable.Default.WithFile(folder.Sub("missing.json")));
    }

    [Fact]
    public async Task Run_WithLlmUsage_WritesLlmSectionBesideTheRunStoreInTheSameDatabase()
    {
        using var folder = new TempFolder();
        var output = folder.Sub("out");
        var prices = new LlmPriceTable(new Dictionary<string, ModelPrice> { ["scripted-model"] = new(1m, 2m) });
        using var services = new LlmCallServices(output, new LlmCallOptions { Prices = prices }, TimeProvider.System);
        var client = LlmMiddleware.Wrap(new ProviderStandIn(), "topic", services);
        await client.GetResponseAsync("a");
        await client.GetResponseAsync("a");
        await client.GetResponseAsync("b");

        var chart = PipelineCatalog.Find("chart-matplotlib")!;
        var options = new RunOptions { Pipelines = [chart], Count = 2, OutputFolder = output, Seed = 1, Concurrency = 2, LlmUsage = services.Usage };
        await new RunEngine(new FakeSynthesizer(chart.Name), new FakeRendererRegistry(), TimeProvider.System).RunAsync(options, new FixedPersonas(), new RunProgress(), CancellationToken.None);

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "stats.json")));
        var topic = stats.RootElement.GetProperty("llm").GetProperty("stages").GetProperty("topic").GetProperty("totals");
        Assert.Equal(3, topic.GetProperty("calls").GetInt32());
        Assert.Equal(1, topic.GetProperty("cache_hits").GetInt32());
        Assert.Equal(20, topic.GetProperty("input_tokens").GetInt32());
        Assert.Equal(10, topic.GetProperty("output_tokens").GetInt32());
        Assert.Equal(0.00004m, topic.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(2, services.Cache.Count);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(output, "samples.jsonl")).Length);
        using var store = RunStore.Open(output);
        Assert.Equal(2, store.LoadAll().Count);
    }
}
