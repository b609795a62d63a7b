namespace Cosyn.Synthesis.Llm;

/// <summary>
/// What about the models decides a run's content, recorded in the run configuration so a resume with another
/// provider, model, temperature or reply bound is refused. The base URL is left out: the same model behind another
/// address makes the same samples. <paramref name="VerifyModel"/> is null unless <c>--verify</c> drops pairs.
/// </summary>
public sealed record LlmRunSettings(
    string Provider,
    string TopicModel,
    string DataModel,
    string CodeModel,
    string QaModel,
    float? Temperature,
    int MaxOutputTokens,
    string? VerifyModel = null);
