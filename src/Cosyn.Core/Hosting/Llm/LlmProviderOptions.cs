using Cosyn.Synthesis.Llm;

namespace Cosyn.Hosting.Llm;

/// <summary>Which provider and models an LLM run uses. Plain settings; stage models default to <see cref="Model"/>.</summary>
public sealed class LlmProviderOptions
{
    /// <summary>One of <see cref="LlmProviders.All"/>.</summary>
    public required string Provider { get; init; }

    /// <summary>Model for every stage without its own.</summary>
    public required string Model { get; init; }

    /// <summary>API base URL; required for openai-compatible, defaulted for ollama (<c>http://localhost:11434/v1</c>).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>API key (from OPENAI_API_KEY or ANTHROPIC_API_KEY); null where the server needs none.</summary>
    public string? ApiKey { get; init; }

    public string? TopicModel { get; init; }

    public string? DataModel { get; init; }

    public string? CodeModel { get; init; }

    public string? QaModel { get; init; }

    /// <summary>Whether a second, independent call answers each question and disagreeing pairs are dropped (<c>--verify</c>). Default false.</summary>
    public bool Verify { get; init; }

    /// <summary>Model of the verify calls (<c>--verify-model</c>); null: the QA model.</summary>
    public string? VerifyModel { get; init; }

    /// <summary>The model verify calls use, or null when not verifying.</summary>
    public string? EffectiveVerifyModel => Verify ? VerifyModel ?? StageModels.Qa : null;

    /// <summary>Sampling temperature; null leaves the provider's default.</summary>
    public float? Temperature { get; init; }

    /// <summary>Largest reply in tokens. Default 4096.</summary>
    public int MaxOutputTokens { get; init; } = 4096;

    /// <summary>Bound on one HTTP call. Default 180 s (a long code reply from a slow local model).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>The Ollama server's OpenAI-compatible endpoint when no base URL is given.</summary>
    public static Uri OllamaDefaultUrl { get; } = new("http://localhost:11434/v1");

    /// <summary>The base URL actually used (null: the SDK's default endpoint).</summary>
    public Uri? EffectiveBaseUrl => BaseUrl ?? (Provider == LlmProviders.Ollama ? OllamaDefaultUrl : null);

    /// <summary>The four stage models, topic, data, code, qa.</summary>
    public (string Topic, string Data, string Code, string Qa) StageModels =>
        (TopicModel ?? Model, DataModel ?? Model, CodeModel ?? Model, QaModel ?? Model);

    /// <summary>What goes into the run configuration.</summary>
    public LlmRunSettings ToRunSettings()
    {
        var models = StageModels;
        return new LlmRunSettings(Provider, models.Topic, models.Data, models.Code, models.Qa, Temperature, MaxOutputTokens, EffectiveVerifyModel);
    }

    /// <summary>The synthesizer's call settings for this provider.</summary>
    public LlmSynthesizerOptions ToSynthesizerOptions() => new()
    {
        Temperature = Temperature,
        MaxOutputTokens = MaxOutputTokens,
        StructuredOutput = LlmProviders.HasStructuredOutput(Provider),
        Verify = Verify,
    };
}
