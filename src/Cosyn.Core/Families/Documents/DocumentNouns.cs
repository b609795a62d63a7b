namespace Cosyn.Families.Documents;

/// <summary>How questions refer to each kind of document, and things such a document plausibly carries but ours never shows (for unanswerable questions).</summary>
public static class DocumentNouns
{
    public static string Noun(string kind) => kind switch
    {
        DocumentKinds.NutritionLabel => "nutrition label",
        DocumentKinds.RecipeCard => "recipe card",
        _ => kind,
    };

    public static IReadOnlyList<string> Absent(string kind) => kind switch
    {
        DocumentKinds.Invoice => ["the seller's tax registration number", "the purchase order number", "the name of the sales representative"],
        DocumentKinds.Receipt => ["the cashier's name", "the store's phone number", "the loyalty points earned"],
        DocumentKinds.NutritionLabel => ["the product's price", "the expiration date", "the amount of caffeine per serving"],
        DocumentKinds.Menu => ["the restaurant's phone number", "the chef's name", "the calorie count of each dish"],
        DocumentKinds.BoardingPass => ["the aircraft type", "the ticket price", "the baggage allowance"],
        DocumentKinds.LabReport => ["the ordering physician's phone number", "the cost of the tests", "the previous result for each test"],
        DocumentKinds.Resume => ["the applicant's salary expectation", "the applicant's date of birth", "the names of references"],
        DocumentKinds.Form => ["the name of the staff member who processed the form", "the applicant's emergency contact", "the office's opening hours"],
        DocumentKinds.Letter => ["the sender's phone extension", "the date the letter was received", "the reference number of a previous letter"],
        DocumentKinds.Certificate => ["the recipient's final exam score", "the instructor's email address", "the course fee"],
        DocumentKinds.Schedule => ["the number of attendees", "the speaker's biography", "the catering budget"],
        DocumentKinds.ProductSheet => ["the product's release date", "the manufacturer's stock level", "the shipping cost"],
        DocumentKinds.BankStatement => ["the account's interest rate", "the branch manager's name", "the account holder's credit score"],
        DocumentKinds.RecipeCard => ["the calories per serving", "the author's name", "the cost of the ingredients"],
        _ => ["the author's phone number", "the budget for next year", "the number of pages in the full report"],
    };
}
