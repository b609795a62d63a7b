using System.Net;
using System.Net.Sockets;
using Cosyn.Cli;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Cli;

/// <summary>The LLM flags of <c>generate</c> and the <c>prompts</c> command: bad input is one line and exit code 1.</summary>
public sealed class LlmCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

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
        var (code, stdout, stderr) = await GenerateAsync(flags, key: "sk-test");

        Assert.True(code is ExitCodes.Error or ExitCodes.Usage, $"exit code {code}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
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

        var (code, stdout, stderr) = await GenerateAsync($"--provider openai-compatible --model local-model --base-url http://127.0.0.1:{port}/v1", key: null);

        Assert.Equal(ExitCodes.Error, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: provider openai-compatible at http://127.0.0.1:{port}/v1 failed a test request (model local-model): unreachable", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp.Sub("out"), "run.db")));
    }

    [Fact]
    public async Task Prompts_CodeStage_PrintsTheMessagesAndSaysWhereTheContextCameFrom()
    {
        var (code, stdout, _) = await CliAsync("prompts --pipeline chart-matplotlib --stage code --seed 4 --index 2");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("sample chart-matplotlib-s4-000002", stdout, StringComparison.Ordinal);
        Assert.Contains("made offline by the procedural synthesizer", stdout, StringComparison.Ordinal);
        Assert.Contains("=== system ===", stdout, StringComparison.Ordinal);
        Assert.Contains("=== user ===", stdout, StringComparison.Ordinal);
        Assert.Contains("Reply with the complete code in a single ```python block", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_PointHtmlQaStage_AsksForQuestionsNamingTheOfflinePagesMarks()
    {
        var (code, stdout, _) = await CliAsync("prompts --pipeline point-html --stage qa --seed 4");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("made offline by the procedural synthesizer", stdout, StringComparison.Ordinal);
        Assert.Contains("Marked elements visible in the rendered image (data-point-target ids, in page order): ", stdout, StringComparison.Ordinal);
        Assert.Contains("structured output: JSON schema \"questions\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(none)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_RepairStage_FillsEarlierStagesOfflineAndLabelsTheExampleFailure()
    {
        // Every pipeline has an offline generator now, so the earlier stages are real procedural output; the render
        // failure a repair answers is always a labelled example.
        var (code, stdout, _) = await CliAsync("prompts --pipeline music-lilypond --stage repair");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("made offline by the procedural synthesizer", stdout, StringComparison.Ordinal);
        Assert.Contains("render failure: an EXAMPLE", stdout, StringComparison.Ordinal);
        Assert.Contains("\\version", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prompts --pipeline chart-matplotlib --stage render", "unknown stage 'render'")]
    [InlineData("prompts --pipeline chart-nope --stage topic", "unknown pipeline 'chart-nope'")]
    [InlineData("prompts --pipeline chart-matplotlib --stage topic --index -1", "--index must be zero or positive")]
    public async Task Prompts_BadInput_OneLineError(string commandLine, string expected)
    {
        var (code, _, stderr) = await CliAsync(commandLine);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains(expected, Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs <c>generate</c> through the command tree with a controlled environment (no real keys leak in or out).</summary>
    private async Task<(int Code, string Stdout, string Stderr)> GenerateAsync(string flags, string? key)
    {
        var pipeline = flags.Contains("--pipeline", StringComparison.Ordinal) ? string.Empty : "--pipeline chart-matplotlib ";
        var args = $"generate {pipeline}--count 2 --out {_temp.Sub("out")} {flags}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(args, stdout, stderr, name => name.EndsWith("_API_KEY", StringComparison.Ordinal) ? key : null);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static async Task<(int Code, string Stdout, string Stderr)> CliAsync(string commandLine)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(commandLine.Split(' '), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
