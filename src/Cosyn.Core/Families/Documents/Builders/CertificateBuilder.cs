namespace Cosyn.Families.Documents.Builders;

/// <summary>A certificate of completion for a course in the persona's field: recipient, course, hours, dates, number and signatory.</summary>
internal static class CertificateBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var completed = c.Date();
        var years = c.Random.Pick([1, 2, 3]);
        var recipient = c.Person();
        var course = c.Plan.Subject;
        var hours = c.Random.Pick([4, 6, 8, 12, 16, 20, 24, 32, 40]);
        var fields = new List<DocumentField>
        {
            new("Recipient", recipient),
            new("Course", course),
            DocumentContext.NumberField("Training hours", hours),
            c.DateField("Date of completion", completed),
            c.DateField("Valid until", completed.AddYears(years)),
            new("Certificate number", c.Code("CERT-", 6)),
            new("Instructor", c.Person()),
        };
        var title = c.Random.Pick(["Certificate of Completion", "Certificate of Achievement", "Certificate of Training"]);
        return new DocumentSpec(DocumentKinds.Certificate, title, c.Plan.Issuer, [], fields, [], [], [$"This certifies that {recipient} has successfully completed {DocumentFormat.Whole(hours)} hours of training in {course}."], c.Currency);
    }
}
