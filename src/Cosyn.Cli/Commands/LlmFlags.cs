namespace Cosyn.Cli.Commands;

/// <summary>The LLM options of <c>generate</c>, as typed.</summary>
public sealed record LlmFlags(
    string? Provider,
    string? Model,
    string? BaseUrl,
    string? TopicModel,
    string? DataModel,
    string? CodeModel,
    string? QaModel,
    float? Temperature,
    int? MaxTokens,
    bool Verify = false,
    string? VerifyModel = null)
{
    /// <summary>No LLM option given.</summary>
    public static LlmFlags None { get; } = new(null, null, null, null, null, null, null, null, null);

    /// <summary>Any option that only means something with a provider.</summary>
    public string? FirstProviderOnlyFlag =>
        Model is not null ? "--model"
        : BaseUrl is not null ? "--base-url"
        : TopicModel is not null ? "--topic-model"
        : DataModel is not null ? "--data-model"
        : CodeModel is not null ? "--code-model"
        : QaModel is not null ? "--qa-model"
        : Temperature is not null ? "--temperature"
        : MaxTokens is not null ? "--max-tokens"
        : Verify ? "--verify"
        : VerifyModel is not null ? "--verify-model"
        : null;
}
