namespace Cosyn.Families.Documents.Builders;

/// <summary>A filled-in form: applicant fields (with a date of birth), one ticked choice, fees and a signature date.</summary>
internal static class FormBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var type = c.Lexicon.FormTypes.First(f => f.Title == c.Plan.Subject);
        var signed = c.Date();
        var born = signed.AddDays(-c.Random.Next(18 * 365, 70 * 365));
        var person = c.Person();
        var fields = new List<DocumentField>
        {
            new("Full name", person),
            c.DateField("Date of birth", born),
            new("Address", string.Join(", ", c.Address())),
            new("Phone", $"({c.Random.Next(201, 990)}) 555-{c.Random.Next(1000, 9999)}"),
            new("Email", $"{person.Split(' ')[0].ToLowerInvariant()}{c.Random.Next(1, 99)}@mail.com"),
            c.DateField("Date signed", signed),
        };
        var choice = new DocumentChoice(type.ChoiceLabel, type.Options, c.Random.Pick(type.Options));
        var pool = c.Domain.Services.Concat(c.Domain.Goods).Where(g => g.High < 500).ToList();
        var fees = LineItems.Table(c, pool, c.Random.Next(2, 5), "Fees");
        var totals = LineItems.Totals(c, fees, false, c.Random.Chance(0.5), c.Random.Chance(0.5) ? "Processing fee" : null, null);
        return new DocumentSpec(DocumentKinds.Form, type.Title, c.Plan.Issuer, c.Address(), fields, [fees], totals, [], c.Currency)
        {
            Choices = [choice],
            Footer = ["I certify that the information above is correct.", "Signature: ______________________"],
        };
    }
}
