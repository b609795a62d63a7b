using Cosyn.Families.Documents.Builders;

namespace Cosyn.Families.Documents;

/// <summary>The data stage: builds the typed document of the planned kind.</summary>
public static class DocumentDataGenerator
{
    public static DocumentSpec Generate(DocumentPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var c = new DocumentContext(plan, random, DocumentLexicon.Default);
        return plan.Kind switch
        {
            DocumentKinds.Invoice => InvoiceBuilder.Build(c),
            DocumentKinds.Receipt => ReceiptBuilder.Build(c),
            DocumentKinds.NutritionLabel => NutritionLabelBuilder.Build(c),
            DocumentKinds.Menu => MenuBuilder.Build(c),
            DocumentKinds.BoardingPass => BoardingPassBuilder.Build(c),
            DocumentKinds.LabReport => LabReportBuilder.Build(c),
            DocumentKinds.Resume => ResumeBuilder.Build(c),
            DocumentKinds.Form => FormBuilder.Build(c),
            DocumentKinds.Letter => LetterBuilder.Build(c),
            DocumentKinds.Certificate => CertificateBuilder.Build(c),
            DocumentKinds.Schedule => ScheduleBuilder.Build(c),
            DocumentKinds.ProductSheet => ProductSheetBuilder.Build(c),
            DocumentKinds.BankStatement => BankStatementBuilder.Build(c),
            DocumentKinds.RecipeCard => RecipeCardBuilder.Build(c),
            DocumentKinds.Report => ReportBuilder.Build(c),
            _ => throw new ArgumentException($"unknown document kind {plan.Kind}", nameof(plan)),
        };
    }
}
