using Cosyn.Catalog;
using Cosyn.Families.Screens.Model;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>The procedural <c>screen-html</c> pipeline: app and web UI screenshots (settings, dashboard, checkout, chat, email) as themed HTML, QA on their visible state.</summary>
public sealed class ScreenHtmlPipeline() : StagedPipeline<ScreenPlan, IScreen>(Definition, Stages, new ScreenHtmlWriter())
{
    private static readonly PipelineStages<ScreenPlan, IScreen> Stages = new(PlanTopic, ScreenStages.Create, ScreenJson.Write, ScreenStages.Qa);

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("screen-html", PipelineFamily.Screen, ToolNames.Html, ScreenKinds.All, SupportsLlm: true, () => new ScreenHtmlPipeline());

    private static ProceduralTopic PlanTopic(SampleTicket ticket, IReadOnlyList<string> kinds, SeededRandom random)
    {
        var plan = ScreenStages.Plan(ticket, kinds, random);
        return new ProceduralTopic(plan.Kind, ScreenStages.Topic(plan), plan);
    }
}
