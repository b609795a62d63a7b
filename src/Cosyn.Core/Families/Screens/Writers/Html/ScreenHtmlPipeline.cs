using Cosyn.Catalog;
using Cosyn.Families.Screens.Model;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>The procedural <c>screen-html</c> pipeline: app and web UI screenshots (settings, dashboard, checkout, chat, email) as themed HTML, QA on their visible state.</summary>
public sealed class ScreenHtmlPipeline() : ModelPipeline<ScreenPlan, IScreen>(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("screen-html", PipelineFamily.Screen, ToolNames.Html, ScreenKinds.All, SupportsLlm: true, () => new ScreenHtmlPipeline());

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random)
    {
        var plan = ScreenStages.Plan(ticket, FigureTypes, random);
        return new ProceduralTopic(plan.Kind, ScreenStages.Topic(plan), plan);
    }

    protected override IScreen BuildModel(ScreenPlan plan, SeededRandom random) => ScreenStages.Create(plan, random);

    protected override string DataText(IScreen model) => ScreenJson.Write(model);

    protected override string WriteCode(IScreen model, SeededRandom random) => ScreenStages.Html(model, ScreenMarks.None, random);

    protected override IReadOnlyList<QaPair> WriteQa(IScreen model, SeededRandom random) => ScreenStages.Qa(model, random);
}
