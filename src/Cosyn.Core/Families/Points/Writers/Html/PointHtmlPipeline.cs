using Cosyn.Catalog;
using Cosyn.Families.Screens;
using Cosyn.Families.Screens.Model;
using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Rendering;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Points.Writers.Html;

/// <summary>
/// The procedural <c>point-html</c> pipeline (CoSyn-point): an invoice, a form or an app screen whose code marks target
/// elements with <c>data-point-target</c>; after the render, questions are answered with the measured boxes' centres.
/// Rows carry <c>questions</c> and <c>answer_points</c>; <c>qa_pairs</c> is empty, as in CoSyn-point.
/// </summary>
public sealed class PointHtmlPipeline : IPointingPipeline
{
    /// <summary>The catalog entry. With an LLM the model writes the marked page and questions naming marks; the points are measured either way.</summary>
    public static PipelineDefinition Definition { get; } = new("point-html", PipelineFamily.Point, ToolNames.Html, PointKinds.All, SupportsLlm: true, () => new PointHtmlPipeline());

    public string Name => Definition.Name;

    public IReadOnlyList<string> FigureTypes => Definition.FigureTypes;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        var figureType = FigureTypeChoice.Choose(ticket, FigureTypes, (query, _, _) => PointKinds.FromQuery(query), random);
        var kinds = figureType == PointKinds.Document ? [ScreenKinds.Checkout] : PointKinds.ScreenKindsOf(figureType);
        var screen = ScreenStages.Plan(ticket with { FigureType = null }, kinds, random);
        var topic = figureType == PointKinds.Document ? $"Invoice from the {screen.App} Shop" : ScreenStages.Topic(screen);
        return new ProceduralTopic(figureType, topic, new PointPlan(figureType, screen));
    }

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(random);
        var plan = (PointPlan)topic.Plan;
        var screen = ScreenStages.Create(plan.Screen, random);
        object model = plan.FigureType == PointKinds.Document ? Invoice((CheckoutScreen)screen, random) : screen;
        return new ProceduralData(ScreenJson.Write(model), model);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Model is InvoiceDocument invoice
            ? InvoiceMarkup.Write(invoice, ScreenMarks.Targets, random)
            : ScreenStages.Html((IScreen)data.Model, ScreenMarks.Targets, random);
    }

    /// <summary>Pointing rows have no QA pairs; see <see cref="WritePoints"/>.</summary>
    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random) => [];

    public PointingSet WritePoints(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, RenderTargets targets, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        var candidates = data.Model is InvoiceDocument invoice ? InvoicePointQuestions.For(invoice) : ScreenPointQuestions.For((IScreen)data.Model);
        return PointAnswers.Choose(candidates, targets, random);
    }

    private static InvoiceDocument Invoice(CheckoutScreen c, SeededRandom random)
    {
        var issued = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 330));
        string Day(DateOnly d) => d.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        var number = "INV-" + random.Next(10000, 100000).ToString(CultureInfo.InvariantCulture);
        return new InvoiceDocument("invoice", c.App, number, Day(issued), Day(issued.AddDays(30)), c.Customer, c.Currency, c.Items, c.TaxRate, c.Subtotal, c.Shipping, c.Tax, c.Total);
    }
}
