using Cosyn.Quality;
using Cosyn.Rendering;
using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

namespace Cosyn.Synthesis;

/// <summary>A sample in progress. Exactly one stage owns it at a time, so it is mutable by design.</summary>
public sealed class SampleDraft(SampleTicket ticket)
{
    public SampleTicket Ticket { get; } = ticket;

    public string? FigureType { get; set; }

    public string? Topic { get; set; }

    /// <summary>The data as the sample's <c>data</c> field will hold it.</summary>
    public string? Data { get; set; }

    public string? Code { get; set; }

    /// <summary>Synthesizer-private state carried between its stages (e.g. the procedural data model).</summary>
    public object? State { get; set; }

    /// <summary>The post-processed PNG.</summary>
    public byte[]? Png { get; set; }

    /// <summary>Perceptual hash of <see cref="Png"/>, computed beside the render so the single writer need not decode images.</summary>
    public ImageHash? ImageHash { get; set; }

    /// <summary>Boxes of the elements the code marked as pointing targets, in pixels of <see cref="Png"/>, when the renderer measured any.</summary>
    public RenderTargets? Targets { get; set; }

    /// <summary>The text the render drew, with boxes in pixels of <see cref="Png"/>, when the renderer measured it (the quality gate's input).</summary>
    public LayoutFacts? Layout { get; set; }

    /// <summary>Figures the code drew, when the renderer counts them (Matplotlib); the image is the one with the most text.</summary>
    public int? FiguresFound { get; set; }

    public IReadOnlyList<QaPair>? QaPairs { get; set; }

    /// <summary>The quality gate's latest verdict; null when the run has no gate.</summary>
    public SampleQuality? Quality { get; set; }

    /// <summary>Pointing questions and their answer points (CoSyn-point samples only).</summary>
    public PointingSet? Pointing { get; set; }

    /// <summary>What the checks made of a model's pointing questions (LLM point-html only).</summary>
    public PointCheck? PointCheck { get; set; }

    /// <summary>Render failures before the final attempt (the repair history).</summary>
    public List<RenderFailure> RenderFailures { get; } = [];

    /// <summary>Code rewrites asked for because a successful render had layout problems or failed the quality gate (see <see cref="ILayoutRepairer"/>; counted apart from crash repairs).</summary>
    public int LayoutRepairs { get; set; }

    /// <summary>What the independent second answers (<c>--verify</c>) found; null when not verified.</summary>
    public AnswerVerification? Verification { get; set; }

    /// <summary>Set when the sample has failed; later stages pass it straight through.</summary>
    public StageFailure? Failure { get; set; }

    /// <summary>Seconds spent per stage.</summary>
    public Dictionary<StageName, double> StageSeconds { get; } = [];
}
