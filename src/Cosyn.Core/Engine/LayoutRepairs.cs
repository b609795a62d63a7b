using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Rendering;
using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>Keeps the last successful render while a layout repair is tried, so a repair that fails or crashes falls back to it.</summary>
internal static class LayoutRepairs
{
    /// <summary>A draft's rendered state: its code and what the render made of it.</summary>
    public sealed record Rendered(string Code, byte[] Png, ImageHash? Hash, RenderTargets? Targets, LayoutFacts? Layout, int? FiguresFound)
    {
        public static Rendered Of(SampleDraft draft) => new(draft.Code!, draft.Png!, draft.ImageHash, draft.Targets, draft.Layout, draft.FiguresFound);
    }

    /// <summary>The repairer's findings; a check that throws finds nothing, so it never costs the sample.</summary>
    public static async Task<IReadOnlyList<CheckResult>> FindAsync(ILayoutRepairer repairer, SampleDraft draft, RenderResult render, CancellationToken cancellationToken)
    {
        try
        {
            return await repairer.FindLayoutProblemsAsync(draft, render, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [];
        }
    }

    /// <summary>Puts <paramref name="rendered"/> back and clears the failure the repair caused; does nothing without one.</summary>
    public static void Restore(SampleDraft draft, Rendered? rendered)
    {
        if (rendered is null)
        {
            return;
        }

        draft.Failure = null;
        draft.Code = rendered.Code;
        draft.Png = rendered.Png;
        draft.ImageHash = rendered.Hash;
        draft.Targets = rendered.Targets;
        draft.Layout = rendered.Layout;
        draft.FiguresFound = rendered.FiguresFound;
    }
}
