using Cosyn.Families.Points;
using Cosyn.Synthesis.Llm.Parsing;
using Cosyn.Synthesis.Llm.Prompting;
using Microsoft.Extensions.AI;

namespace Cosyn.Synthesis.Llm.Pointing;

/// <summary>
/// The QA stage of a pointing pipeline: after the render, the model sees its code and the marks the render showed once
/// and visibly, and writes questions naming marks; the answer points are the measured boxes' centres
/// (<see cref="PointSelection"/>). A reply with too few answerable questions gets a correction saying why.
/// </summary>
internal sealed class PointStage(StagePromptBuilder prompts, StageCaller caller)
{
    /// <summary>No mark a point can land on: nothing to ask about (the render's findings went to the layout repair first).</summary>
    public const string NoTargets = "no-targets";

    /// <summary>Every reply, corrections included, had too few questions whose marks were measured.</summary>
    public const string NoQuestions = "no-questions";

    /// <summary>Fewest kept questions a row needs (fewer when the page shows fewer marks), as offline rows carry 3 to 5.</summary>
    public const int MinQuestions = 3;

    public async ValueTask<StageFailure?> RunAsync(IChatClient client, SampleDraft draft, string figureType, string topic, string data, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.QaPairs = [];
        var targets = draft.Targets;
        var usable = targets is null ? [] : PointMarks.Usable(targets);
        if (targets is null || usable.Count == 0)
        {
            return new StageFailure(StageName.Qa, NoTargets, "the render shows no marked element a point can land on (none marked, or every mark hidden, repeated or outside the image)");
        }

        var declared = PointMarks.Declared(code).ToHashSet(StringComparer.Ordinal);
        var least = Math.Min(MinQuestions, usable.Count);
        (PointingSet Set, PointCheck Check)? chosen = null;
        var selectionFailed = false;
        Parsed<IReadOnlyList<PointQuestion>> Parse(string text)
        {
            var parsed = PointReply.Parse(text);
            selectionFailed = false;
            if (!parsed.Ok)
            {
                return parsed;
            }

            var selection = PointSelection.Select(parsed.Value!, targets, declared);
            if (selection.Check.Kept < least)
            {
                selectionFailed = true;
                return ParseOutcome.Fail<IReadOnlyList<PointQuestion>>($"only {selection.Check.Kept} questions can be answered, at least {least} are needed: {PointSelection.Describe(selection.Check)}; name only ids from the list of visible marks, each question once");
            }

            chosen = selection;
            return parsed;
        }

        var prompt = prompts.Points(draft.Ticket, figureType, topic, data, code, usable);
        var result = await caller.CallAsync(client, prompt, Parse, StageName.Qa, draft.Ticket.Seed, cancellationToken).ConfigureAwait(false);
        if (result.Failure is not null)
        {
            return selectionFailed ? result.Failure with { Reason = NoQuestions } : result.Failure;
        }

        draft.Pointing = chosen!.Value.Set;
        draft.PointCheck = chosen.Value.Check;
        return null;
    }
}
