using Cosyn.Catalog;
using Cosyn.Families.Documents.Qa;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Documents;

/// <summary>
/// The stages every document pipeline shares: persona- and query-conditioned topic, JSON data and QA from the typed
/// document. A document pipeline adds only its definition and its code writer.
/// </summary>
public abstract class DocumentPipeline(PipelineDefinition definition, ICodeWriter<DocumentSpec> writer)
    : StagedPipeline<DocumentPlan, DocumentSpec>(definition, Stages(), writer)
{
    // Each pipeline gets its own planner.
    private static PipelineStages<DocumentPlan, DocumentSpec> Stages() =>
        new(new DocumentTopicPlanner().Plan, DocumentDataGenerator.Generate, DocumentJson.Write, DocumentQaGenerator.Generate);
}
