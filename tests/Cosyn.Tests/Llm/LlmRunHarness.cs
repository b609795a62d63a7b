using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Llm.Outages;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// What <c>cosyn generate</c> does with a provider, minus the terminal: the factory (preflight, SDK clients,
/// middleware), then the engine with the LLM layer's halt linked into the stop token; the renderer is a fake that
/// fails code carrying <see cref="PlausibleResponder.BrokenMarker"/>.
/// </summary>
internal static class LlmRunHarness
{
    public static readonly PipelineDefinition ChartMatplotlib = PipelineCatalog.Find("chart-matplotlib")!;

    public static LlmProviderOptions ProviderOptions(FakeLlmServer server, string provider, bool verify = false) => new()
    {
        Verify = verify,
        Provider = provider,
        Model = "fake-model",
        BaseUrl = provider == LlmProviders.Anthropic ? server.BaseUri : new Uri(server.BaseUri, "/v1"),
        ApiKey = "test-key",
    };

    /// <summary>Runs <paramref name="count"/> chart-matplotlib samples into <paramref name="output"/>; returns the result and how the LLM layer stopped it, if it did.</summary>
    public static async Task<(RunResult Result, LlmHaltKind? Halt, string? Reason)> RunAsync(FakeLlmServer server, string provider, string output, int count, LlmCallOptions callOptions, Action<FakeRendererRegistry>? configureRenderer = null, bool verify = false)
    {
        Directory.CreateDirectory(output);
        var providerOptions = ProviderOptions(server, provider, verify);
        LlmCallServices? services = null;
        try
        {
            var (synthesizer, error) = await LlmSynthesizerFactory.CreateAsync(providerOptions, () => services = new LlmCallServices(output, callOptions, TimeProvider.System), CancellationToken.None);
            Assert.True(synthesizer is not null, error);
            var renderers = new FakeRendererRegistry
            {
                FailWhen = r => r.Code.Contains(PlausibleResponder.BrokenMarker, StringComparison.Ordinal)
                    ? new RenderFailure(ToolNames.Matplotlib, RenderFailureKind.Syntax, "SyntaxError: invalid syntax (line 4)", "File \"figure.py\", line 4\n    BROKEN ax.bar(\n           ^")
                    : null,
            };
            configureRenderer?.Invoke(renderers);
            var halt = services!.Halt;
            var options = new RunOptions
            {
                Pipelines = [ChartMatplotlib],
                Count = count,
                OutputFolder = output,
                Seed = 11,
                Concurrency = 2,
                RenderAttempts = 3,
                Llm = providerOptions.ToRunSettings(),
                LlmUsage = services.Usage,
                StopReason = () => halt.Reason,
            };
            var engine = new RunEngine(synthesizer!, renderers, TimeProvider.System);
            var result = await engine.RunAsync(options, new FixedPersonas(), new RunProgress(), halt.Token);
            return (result, halt.Kind, halt.Reason);
        }
        finally
        {
            services?.Dispose();
        }
    }
}
