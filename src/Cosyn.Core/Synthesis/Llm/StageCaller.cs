using Cosyn.Synthesis.Llm.Parsing;
using Cosyn.Synthesis.Llm.Prompting;
using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm;

/// <summary>
/// Sends one stage's prompt and parses the reply. An unusable reply is answered with a correction (the reply and
/// what was wrong), so the retry is a new request rather than a cache hit, up to <see cref="LlmSynthesizerOptions.ParseRetries"/>
/// times; then the stage fails with <c>unparsable-reply</c>. A client error (after the middleware's own retries) is <c>llm-error</c>.
/// </summary>
internal sealed class StageCaller(StagePromptBuilder prompts, LlmSynthesizerOptions options)
{
    public const string UnparsableReply = "unparsable-reply";
    public const string LlmError = "llm-error";

    public async Task<StageResult<T>> CallAsync<T>(IChatClient client, StagePrompt prompt, Func<string, Parsed<T>> parse, StageName stage, long seed, CancellationToken cancellationToken)
        where T : class
    {
        var messages = prompt.Messages.ToList();
        string? problem = null;
        for (var attempt = 0; attempt <= Math.Max(0, options.ParseRetries); attempt++)
        {
            ChatResponse response;
            try
            {
                response = await client.GetResponseAsync(messages, ChatOptionsFor(prompt, seed), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return StageResult<T>.Failed(new StageFailure(stage, LlmError, OneLine($"{prompt.Stage} call failed: {ex.GetType().Name}: {ex.Message}")));
            }

            var text = response.Text ?? string.Empty;
            var parsed = parse(text);
            if (parsed.Ok)
            {
                return StageResult<T>.Succeeded(parsed.Value!);
            }

            problem = response.FinishReason == ChatFinishReason.Length ? parsed.Problem + " (the reply was cut off at the token limit)" : parsed.Problem;
            messages.Add(new ChatMessage(ChatRole.Assistant, text));
            messages.Add(prompts.Correction(prompt, problem!));
        }

        var attempts = Math.Max(0, options.ParseRetries) + 1;
        return StageResult<T>.Failed(new StageFailure(stage, UnparsableReply, OneLine($"{prompt.Stage}: {attempts} replies could not be used; last: {problem}")));
    }

    private ChatOptions ChatOptionsFor(StagePrompt prompt, long seed) => new()
    {
        Temperature = options.Temperature,
        MaxOutputTokens = options.MaxOutputTokens,
        Seed = seed,
        ResponseFormat = options.StructuredOutput ? prompt.StructuredFormat : null,
    };

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 400 ? line : line[..400] + "...";
    }
}
