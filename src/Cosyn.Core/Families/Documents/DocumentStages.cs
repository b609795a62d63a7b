using Cosyn.Families.Documents.Qa;

namespace Cosyn.Families.Documents;

/// <summary>
/// The stages every document pipeline shares: persona- and query-conditioned topic, JSON data and QA from the typed
/// document. A document pipeline adds only its definition and its code writer.
/// </summary>
public static class DocumentStages
{
    /// <summary>The stages for one pipeline, with its own planner.</summary>
    public static PipelineStages<DocumentPlan, DocumentSpec> Create() =>
        new(new DocumentTopicPlanner().Plan, DocumentDataGenerator.Generate, DocumentJson.Write, DocumentQaGenerator.Generate);
}
