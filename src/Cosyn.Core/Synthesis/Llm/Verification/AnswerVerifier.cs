using Cosyn.Synthesis.Llm.Parsing;
using Cosyn.Synthesis.Llm.Prompting;
using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm.Verification;

/// <summary>
/// <c>--verify</c>: a second call answers every checkable question from the code and data without seeing the first
/// answers; a pair whose answers disagree (<see cref="AnswerMatch"/>) is dropped. Summaries are kept unchecked: free
/// text has no single right wording.
/// </summary>
internal sealed class AnswerVerifier(StagePromptBuilder prompts, StageCaller caller, double tolerance)
{
    public const string AllDropped = "verify-disagreed";

    public async Task<(IReadOnlyList<QaPair> Kept, AnswerVerification Counts, StageFailure? Failure)> VerifyAsync(
        IChatClient client, SampleDraft draft, string figureType, IReadOnlyList<QaPair> pairs, CancellationToken cancellationToken)
    {
        var ticket = draft.Ticket;
        var checkable = pairs.Select((p, i) => (Pair: p, Index: i)).Where(x => x.Pair.Type != "summary").ToList();
        if (checkable.Count == 0)
        {
            return (pairs, new AnswerVerification(0, 0, 0), null);
        }

        var prompt = prompts.Verify(ticket, figureType, draft.Data ?? string.Empty, draft.Code ?? string.Empty, [.. checkable.Select(x => x.Pair.Question)]);
        var result = await caller.CallAsync(client, prompt, text => VerifyReply.Parse(text, checkable.Count), StageName.Qa, ticket.Seed, cancellationToken).ConfigureAwait(false);
        if (result.Failure is not null)
        {
            return (pairs, new AnswerVerification(0, 0, 0), result.Failure);
        }

        var dropped = checkable
            .Where((x, i) => !AnswerMatch.Agrees(x.Pair.Answer, result.Value![i], tolerance))
            .Select(x => x.Index)
            .ToHashSet();
        var kept = pairs.Where((_, i) => !dropped.Contains(i)).ToList();
        var counts = new AnswerVerification(checkable.Count, checkable.Count - dropped.Count, dropped.Count);
        var failure = kept.Count == 0 || kept.All(p => p.Type == "summary")
            ? new StageFailure(StageName.Qa, AllDropped, $"the second answers disagreed with all {checkable.Count} checked pairs")
            : null;
        return (kept, counts, failure);
    }
}
