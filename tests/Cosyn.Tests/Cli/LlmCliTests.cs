using System.Net;
using System.Net.Sockets;
using Cosyn.Cli;

namespace Cosyn.Tests.Cli;

/// <summary>The LLM flags of <c>generate</c> and the <c>prompts</c> command: bad input is one line and exit code 1.</summary>
public sealed class LlmCliTests : TempFolderTests
{
    [Theory]
    [InlineData("--provider nope --model m", "unknown provider 'nope'")]
    [InlineData("--provider openai", "--provider openai needs --model")]
    [InlineData("--model gpt-x", "--model needs --provider")]
    [InlineData("--code-model coder", "--code-model needs --provider")]
    [InlineData("--provider openai-compatible --model m", "needs --base-url")]
    [InlineData("--provider ollama --model m --base-url ftp://host", "--base-url must be an http(s) URL")]
    [InlineData("--provider openai --model m --temperature 5", "--temperature must be between 0 and 2")]
    [InlineData("--provider openai --model m --max-tokens 10", "--max-tokens must be between 256")]
    [InlineData("--provider openai --model m --qa-model", "--qa-model")]
    [InlineData("--repair-attempts -1", "--repair-attempts must be between 0 and 10")]
    [InlineData("--batch", "--batch needs --provider")]
    [InlineData("--provider ollama --model m --batch", "--batch needs a provider with a batch API")]
    [InlineData("--provider openai --model m --batch --batch-size 0", "--batch-size must be between 1 and 50000")]
    [InlineData("--provider openai --model m --batch --batch-poll 0", "--batch-poll must be between 1 and 3600")]
    public async Task Generate_BadLlmFlags_OneLineError(string flags, string expected)
    {
        var run = await GenerateAsync(flags, key: "sk-test");

        Assert.True(run.Code is ExitCodes.Error or ExitCodes.Usage, $"exit code {run.Code}");
        Assert.Contains(expected, run.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai", "OPENAI_API_KEY")]
    [InlineData("anthropic", "ANTHROPIC_API_KEY")]
    public async Task Generate_ProviderWithoutKey_NamesTheVariable(string provider, string variable)
    {
        var (code, _, stderr) = await GenerateAsync($"--provider {provider} --model m", key: null);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal($"error: --provider {provider} needs the API key in {variable}", stderr.Trim());
    }

    [Fact]
    public async Task Generate_UnreachableProvider_FailsFastBeforeAnyWork()
    {
        var port = UnusedPort();

        var run = await GenerateAsync($"--provider openai-compatible --model local-model --base-url http://127.0.0.1:{port}/v1", key: null);

        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.StartsWith($"error: provider openai-compatible at http://127.0.0.1:{port}/v1 failed a test request (model local-model): unreachable", run.ErrorLine, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Temp.Sub("out"), "run.db")));
    }

    [Fact]
    public async Task Prompts_CodeStage_PrintsTheMessagesAndSaysWhereTheContextCameFrom()
    {
        var run = await InProcessCli.RunLineAsync("prompts --pipeline chart-matplotlib --stage code --seed 4 --index 2");

        run.AssertPrinted(
            "sample chart-matplotlib-s4-000002",
            "made offline by the procedural synthesizer",
            "=== system ===",
            "=== user ===",
            "Reply with the complete code in a single ```python block");
    }

    [Fact]
    public async Task Prompts_PointHtmlQaStage_AsksForQuestionsNamingTheOfflinePagesMarks()
    {
        var run = await InProcessCli.RunLineAsync("prompts --pipeline point-html --stage qa --seed 4");

        var stdout = run.AssertPrinted(
            "made offline by the procedural synthesizer",
            "Marked elements visible in the rendered image (data-point-target ids, in page order): ",
            "structured output: JSON schema \"questions\"");
        Assert.DoesNotContain("(none)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_RepairStage_FillsEarlierStagesOfflineAndLabelsTheExampleFailure()
    {
        // Every pipeline has an offline generator now, so the earlier stages are real procedural output; the render
        // failure a repair answers is always a labelled example.
        var run = await InProcessCli.RunLineAsync("prompts --pipeline music-lilypond --stage repair");

        run.AssertPrinted("made offline by the procedural synthesizer", "render failure: an EXAMPLE", "\\version");
    }

    [Theory]
    [InlineData("prompts --pipeline chart-matplotlib --stage render", "unknown stage 'render'")]
    [InlineData("prompts --pipeline chart-nope --stage topic", "unknown pipeline 'chart-nope'")]
    [InlineData("prompts --pipeline chart-matplotlib --stage topic --index -1", "--index must be zero or positive")]
    public async Task Prompts_BadInput_OneLineError(string commandLine, string expected)
    {
        var run = await InProcessCli.RunLineAsync(commandLine);

        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Contains(expected, run.ErrorLine, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <c>generate</c> through the command tree with a controlled environment (no real keys leak in or out).</summary>
    private Task<CliOutput> GenerateAsync(string flags, string? key)
    {
        var pipeline = flags.Contains("--pipeline", StringComparison.Ordinal) ? string.Empty : "--pipeline chart-matplotlib ";
        return InProcessCli.RunLineAsync($"generate {pipeline}--count 2 --out {Temp.Sub("out")} {flags}", name => name.EndsWith("_API_KEY", StringComparison.Ordinal) ? key : null);
    }
}
