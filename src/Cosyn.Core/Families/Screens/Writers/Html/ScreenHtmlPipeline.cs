using Cosyn.Families.Screens.Model;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>The procedural <c>screen-html</c> pipeline: app and web UI screenshots (settings, dashboard, checkout, chat, email) as themed HTML, QA on their visible state.</summary>
public sealed class ScreenHtmlPipeline : IProceduralPipeline
{
    public string Name => "screen-html";

    public IReadOnlyList<string> FigureTypes => ScreenKinds.All;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random)
    {
        var plan = ScreenStages.Plan(ticket, FigureTypes, random);
        return new ProceduralTopic(plan.Kind, ScreenStages.Topic(plan), plan);
    }

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var screen = ScreenStages.Create((ScreenPlan)topic.Plan, random);
        return new ProceduralData(ScreenJson.Write(screen), screen);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ScreenStages.Html((IScreen)data.Model, ScreenMarks.None, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ScreenStages.Qa((IScreen)data.Model, random);
    }
}
