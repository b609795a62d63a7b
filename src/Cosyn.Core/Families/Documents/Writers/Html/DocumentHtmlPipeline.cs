using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>The procedural <c>document-html</c> pipeline: shared document stages, written as a styled HTML page.</summary>
public sealed class DocumentHtmlPipeline() : StagedPipeline<DocumentPlan, DocumentSpec>(Definition, DocumentStages.Create(), new HtmlDocumentWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("document-html", PipelineFamily.Document, ToolNames.Html, [
        DocumentKinds.Receipt, DocumentKinds.NutritionLabel, DocumentKinds.Menu, DocumentKinds.BoardingPass, DocumentKinds.RecipeCard,
        DocumentKinds.BankStatement, DocumentKinds.Schedule, DocumentKinds.ProductSheet, DocumentKinds.Invoice,
    ], SupportsLlm: true, () => new DocumentHtmlPipeline());
}
