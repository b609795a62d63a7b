namespace Cosyn.Families.Documents;

/// <summary>The document kinds (figure types) the document pipelines draw.</summary>
public static class DocumentKinds
{
    public const string Invoice = "invoice";
    public const string Receipt = "receipt";
    public const string NutritionLabel = "nutrition label";
    public const string Menu = "menu";
    public const string BoardingPass = "boarding pass";
    public const string LabReport = "lab report";
    public const string Resume = "resume";
    public const string Form = "form";
    public const string Letter = "letter";
    public const string Certificate = "certificate";
    public const string Schedule = "schedule";
    public const string ProductSheet = "product sheet";
    public const string BankStatement = "bank statement";
    public const string RecipeCard = "recipe card";
    public const string Report = "report";

    /// <summary>Words of a user's query that name each kind (matched as whole words, plurals allowed).</summary>
    public static IReadOnlyDictionary<string, string[]> QueryWords { get; } = new Dictionary<string, string[]>
    {
        [Invoice] = ["invoice", "bill", "billing"],
        [Receipt] = ["receipt", "till", "purchase"],
        [NutritionLabel] = ["nutrition", "nutritional", "nutrient", "food label", "calorie"],
        [Menu] = ["menu", "restaurant", "cafe", "café"],
        [BoardingPass] = ["boarding", "flight", "ticket", "airline"],
        [LabReport] = ["lab", "laboratory", "blood test", "test result"],
        [Resume] = ["resume", "résumé", "cv", "curriculum"],
        [Form] = ["form", "application", "registration"],
        [Letter] = ["letter", "correspondence"],
        [Certificate] = ["certificate", "diploma", "award"],
        [Schedule] = ["schedule", "agenda", "timetable", "itinerary"],
        [ProductSheet] = ["product", "spec sheet", "datasheet", "specification"],
        [BankStatement] = ["bank", "statement", "account"],
        [RecipeCard] = ["recipe", "cooking", "ingredients"],
        [Report] = ["report", "summary report", "annual report"],
    };
}
