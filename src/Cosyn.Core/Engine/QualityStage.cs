using Cosyn.Output;
using Cosyn.Quality;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// The quality gate, the stage after QA: runs the checks on the rendered image, its layout facts (already in memory,
/// no re-render) and its QA pairs. A failing sample goes back to an <see cref="ILayoutRepairer"/> synthesizer with
/// the findings while repair attempts remain; otherwise it fails as <c>quality/&lt;first failed check&gt;</c>, and the
/// engine's retry takes its slot's next attempt, within the plan budget.
/// </summary>
internal sealed class QualityStage(QualityChecker checker, SampleStages stages, SampleRows rows, ILayoutRepairer? repairer, int repairAttempts)
{
    public async Task CheckAsync(SampleDraft draft, CancellationToken cancellationToken)
    {
        for (var repairs = 0; ; repairs++)
        {
            var sample = rows.From(draft, ImageFolder.RelativePath(draft.Ticket.Id), null);
            var quality = await stages.TimedAsync(draft, StageName.Quality, () => checker.CheckAsync(sample, draft.Png!, draft.Layout, cancellationToken)).ConfigureAwait(false);
            if (quality is null || draft.Failure is not null)
            {
                return;
            }

            draft.Quality = quality;
            if (quality.Passed)
            {
                return;
            }

            if (repairer is null || repairs >= repairAttempts || !await RepairAsync(repairer, draft, quality, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            if (draft.Failure is not null)
            {
                return;
            }
        }

        if (draft.Failure is null)
        {
            var failed = draft.Quality.Checks.Where(c => !c.Passed).ToList();
            draft.Failure = new StageFailure(StageName.Quality, failed[0].Name, string.Join("; ", failed.Select(c => $"{c.Name}: {c.Reason}")));
        }
    }

    /// <summary>Asks for new code, renders it and remakes the QA pairs from it; false when there is nothing new to check.</summary>
    private async Task<bool> RepairAsync(ILayoutRepairer layoutRepairer, SampleDraft draft, SampleQuality quality, CancellationToken cancellationToken)
    {
        // QA findings (qa-*) are not the code's to fix: a sample failing only those is rejected.
        IReadOnlyList<Quality.Checks.CheckResult> findings = [.. quality.Checks.Where(c => !c.Passed && !c.Name.StartsWith("qa-", StringComparison.Ordinal))];
        if (findings.Count == 0)
        {
            return false;
        }

        var code = draft.Code;
        var failure = await stages.TimedAsync(draft, StageName.Code, async () => await layoutRepairer.RepairLayoutAsync(draft, findings, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        if (failure is not null || draft.Failure is not null || draft.Code == code)
        {
            return false;
        }

        draft.LayoutRepairs++;
        // New code that does not render leaves the old image and its findings: the sample is rejected with them.
        if (await stages.RenderAsync(draft, cancellationToken).ConfigureAwait(false) is not null || draft.Failure is not null)
        {
            return false;
        }

        // The QA pairs were made from the old code; the image now shows the new one.
        await stages.QaAsync(draft, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
