using Cosyn.Catalog;
using Cosyn.Families.Documents.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Documents;

/// <summary>
/// The stages every document pipeline shares: persona- and query-conditioned topic, JSON data and QA from the typed
/// document. A document pipeline adds only its definition and its code writer.
/// </summary>
public abstract class DocumentPipeline(PipelineDefinition definition) : ModelPipeline<DocumentPlan, DocumentSpec>(definition)
{
    private readonly DocumentTopicPlanner _planner = new();

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    protected override DocumentSpec BuildModel(DocumentPlan plan, SeededRandom random) => DocumentDataGenerator.Generate(plan, random);

    protected override string DataText(DocumentSpec model) => DocumentJson.Write(model);

    protected override IReadOnlyList<QaPair> WriteQa(DocumentSpec model, SeededRandom random) => DocumentQaGenerator.Generate(model, random);
}
