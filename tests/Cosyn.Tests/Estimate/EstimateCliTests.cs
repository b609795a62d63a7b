using Cosyn.Catalog;
using Cosyn.Cli;
using Cosyn.Engine;
using Cosyn.Estimate;
using Cosyn.Hosting;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Tests.Estimate;

/// <summary><c>cosyn estimate</c>: the table's content for the plan <c>generate</c> would run, without a key or a request.</summary>
public sealed class EstimateCliTests
{
    [Fact]
    public async Task Estimate_OpenAiModel_PrintsEveryStageExactTokensAndHalfPriceBatch()
    {
        var (code, stdout, stderr) = await RunAsync("-p chart-matplotlib,table-html -n 40 --provider openai --model gpt-4o-mini");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Empty(stderr);
        var rows = Rows(stdout);
        Assert.Equal(["topic", "data", "code", "repair", "qa", "total"], rows.Keys);
        Assert.Equal("40", rows["topic"][2]);
        Assert.Equal("10", rows["repair"][2]); // 0.25 repairs per sample
        var online = decimal.Parse(rows["total"][5], CultureInfo.InvariantCulture);
        var batch = decimal.Parse(rows["total"][6], CultureInfo.InvariantCulture);
        Assert.True(online > 0m);
        Assert.Equal(online / 2, batch, 3);
        Assert.Contains("tokens: exact encodings for gpt-4o-mini (o200k_base)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_TopicInputTokens_AreTheRealPromptsCounted()
    {
        var (_, stdout, _) = await RunAsync("-p chart-matplotlib -n 12 --seed 3 --provider openai --model gpt-4o");

        var plan = new RunPlan([PipelineCatalog.Find("chart-matplotlib")!], 12, 3);
        var tickets = new TicketFactory(plan, 3, CosynDefaults.Personas(null, 3).ForSample, null);
        var counter = TokenCounter.For("gpt-4o");
        var expected = Enumerable.Range(0, 12)
            .Select(i => tickets.Create(i))
            .Select(t => StagePromptBuilder.Default.Topic(t, FigureTypeChoice.Choose(t)))
            .Sum(p => p.Messages.Sum(m => (long)counter.Count(m.Text)) + (4 * p.Messages.Count));
        Assert.Equal(expected.ToString("#,0", CultureInfo.InvariantCulture), Rows(stdout)["topic"][3]);
    }

    [Fact]
    public async Task Estimate_ClaudeWithoutKey_LabelsTokensApproximate()
    {
        var (code, stdout, _) = await RunAsync("-p chart-matplotlib -n 5 --provider anthropic --model claude-haiku-4-5");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("tokens: approximate for claude-haiku-4-5", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_LocalEndpoint_HasNoPriceUnlessGiven()
    {
        var (code, stdout, _) = await RunAsync("-p chart-matplotlib -n 5 --provider openai-compatible --model local-llama --base-url http://127.0.0.1:9/v1");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("n/a", Rows(stdout)["total"][5]);
        Assert.Contains("cost: no price for local-llama (give one with --prices)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_WithoutProvider_OneLineError()
    {
        var (code, _, stderr) = await RunAsync("-p chart-matplotlib -n 5");

        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal("error: estimate needs --provider and --model: the models decide the tokens and the prices", stderr.Trim());
    }

    // Stage rows by name: the columns split on runs of spaces (the total row has no model, so it is padded).
    private static Dictionary<string, string[]> Rows(string stdout) => stdout.Split('\n')
        .Skip(2)
        .TakeWhile(l => l.Length > 0 && !l.StartsWith("tokens:", StringComparison.Ordinal) && !l.StartsWith("cost:", StringComparison.Ordinal))
        .Select(l => Regex.Split(l.Trim(), @"\s{2,}|(?<=\S)\s(?=[\d,.n])"))
        .Select(cells => cells[0] == "total" ? [cells[0], string.Empty, .. cells[1..]] : cells)
        .ToDictionary(cells => cells[0], cells => cells);

    private static async Task<CliOutput> RunAsync(string flags)
    {
        var run = await InProcessCli.RunAsync(["estimate", .. flags.Split(' ')], _ => null);
        return run with { Stdout = run.Stdout.ReplaceLineEndings("\n") };
    }
}
