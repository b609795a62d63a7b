using Cosyn.Hosting.Llm;

namespace Cosyn.Cli.Commands;

/// <summary>Validates <see cref="LlmFlags"/> into provider options; every problem is one <see cref="UserInputException"/> line.</summary>
public static class LlmFlagsParser
{
    /// <summary>Null when no provider is chosen (the offline synthesizer runs).</summary>
    public static LlmProviderOptions? Parse(LlmFlags flags, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(environment);
        if (flags.Provider is null)
        {
            return flags.FirstProviderOnlyFlag is { } flag
                ? throw new UserInputException($"{flag} needs --provider ({string.Join('|', LlmProviders.All)})")
                : null;
        }

        var provider = flags.Provider.Trim().ToLowerInvariant();
        if (!LlmProviders.All.Contains(provider))
        {
            throw new UserInputException($"unknown provider '{flags.Provider}'; use one of {string.Join(", ", LlmProviders.All)}");
        }

        if (string.IsNullOrWhiteSpace(flags.Model))
        {
            throw new UserInputException($"--provider {provider} needs --model");
        }

        var baseUrl = ParseUrl(flags.BaseUrl);
        if (provider == LlmProviders.OpenAiCompatible && baseUrl is null)
        {
            throw new UserInputException("--provider openai-compatible needs --base-url (e.g. http://localhost:8000/v1)");
        }

        var keyVariable = LlmProviders.KeyVariable(provider);
        var key = keyVariable is null ? null : environment(keyVariable);
        if (string.IsNullOrWhiteSpace(key) && provider is LlmProviders.OpenAi or LlmProviders.Anthropic)
        {
            throw new UserInputException($"--provider {provider} needs the API key in {keyVariable}");
        }

        return new LlmProviderOptions
        {
            Provider = provider,
            Model = flags.Model.Trim(),
            BaseUrl = baseUrl,
            ApiKey = string.IsNullOrWhiteSpace(key) ? null : key.Trim(),
            TopicModel = Optional(flags.TopicModel, "--topic-model"),
            DataModel = Optional(flags.DataModel, "--data-model"),
            CodeModel = Optional(flags.CodeModel, "--code-model"),
            QaModel = Optional(flags.QaModel, "--qa-model"),
            Verify = flags.Verify || flags.VerifyModel is not null,
            VerifyModel = Optional(flags.VerifyModel, "--verify-model"),
            Temperature = flags.Temperature is null or (>= 0 and <= 2) ? flags.Temperature : throw new UserInputException($"--temperature must be between 0 and 2, got {flags.Temperature}"),
            MaxOutputTokens = flags.MaxTokens is null ? 4096 : flags.MaxTokens is >= 256 and <= 200_000 ? flags.MaxTokens.Value : throw new UserInputException($"--max-tokens must be between 256 and 200000, got {flags.MaxTokens}"),
        };
    }

    private static Uri? ParseUrl(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new UserInputException($"--base-url must be an http(s) URL, got '{text}'");
    }

    private static string? Optional(string? model, string flag) =>
        model is null ? null : model.Trim().Length > 0 ? model.Trim() : throw new UserInputException($"{flag} needs a model name");
}
