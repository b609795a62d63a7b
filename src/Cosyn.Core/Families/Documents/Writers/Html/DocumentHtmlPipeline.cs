namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>The procedural <c>document-html</c> pipeline: shared document stages, written as a styled HTML page.</summary>
public sealed class DocumentHtmlPipeline : DocumentPipeline
{
    public override string Name => "document-html";

    public override IReadOnlyList<string> FigureTypes { get; } =
    [
        DocumentKinds.Receipt, DocumentKinds.NutritionLabel, DocumentKinds.Menu, DocumentKinds.BoardingPass, DocumentKinds.RecipeCard,
        DocumentKinds.BankStatement, DocumentKinds.Schedule, DocumentKinds.ProductSheet, DocumentKinds.Invoice,
    ];

    protected override string WriteCode(DocumentSpec spec, SeededRandom random) => HtmlDocumentWriter.Write(spec, random);
}
