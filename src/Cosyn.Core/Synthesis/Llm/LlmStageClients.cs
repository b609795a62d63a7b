using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm;

/// <summary>
/// One chat client per content stage, so the paper's split (a strong coder for code, a cheap model for QA) is a
/// configuration choice. Each client is already bound to its model and wrapped in the run's middleware
/// (cache, rate limit, retries, accounting, logging); the synthesizer only builds messages and parses replies.
/// </summary>
public sealed record LlmStageClients(IChatClient Topic, IChatClient Data, IChatClient Code, IChatClient Qa)
{
    /// <summary>The client of the <c>--verify</c> answers (<c>--verify-model</c>); null: the QA client.</summary>
    public IChatClient? Verify { get; init; }

    /// <summary>The client verify calls use.</summary>
    public IChatClient VerifyClient => Verify ?? Qa;

    /// <summary>The same client for every stage.</summary>
    public static LlmStageClients ForAll(IChatClient client) => new(client, client, client, client);
}
