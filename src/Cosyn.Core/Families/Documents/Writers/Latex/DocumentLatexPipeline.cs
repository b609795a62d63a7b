using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>The procedural <c>document-latex</c> pipeline: shared document stages, typeset as a LaTeX document.</summary>
public sealed class DocumentLatexPipeline() : StagedPipeline<DocumentPlan, DocumentSpec>(Definition, DocumentStages.Create(), new LatexDocumentWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("document-latex", PipelineFamily.Document, ToolNames.Latex, [
        DocumentKinds.Report, DocumentKinds.Form, DocumentKinds.Letter, DocumentKinds.Invoice, DocumentKinds.LabReport,
        DocumentKinds.Resume, DocumentKinds.Certificate,
    ], SupportsLlm: true, () => new DocumentLatexPipeline());
}
