namespace Cosyn.Families.Documents.Builders;

/// <summary>A one-page resume in the persona's field: contact fields, a profile, consecutive jobs with start and end years, education and skills.</summary>
internal static class ResumeBuilder
{
    public const string Position = "Position";
    public const string Organization = "Organization";
    public const string Start = "Start";
    public const string End = "End";

    public static DocumentSpec Build(DocumentContext c)
    {
        var name = c.Plan.Issuer;
        var end = c.Random.Next(2021, 2025);
        var roles = c.Random.Sample(c.Domain.Roles, Math.Min(c.Domain.Roles.Count, c.Random.Next(3, 5)));
        var employers = c.Random.Sample(c.Domain.Businesses.Concat(c.Lexicon.Domain("general").Businesses).Distinct().ToList(), roles.Count);
        var jobs = new List<IReadOnlyList<DocumentCell>>();
        for (var i = 0; i < roles.Count; i++)
        {
            var start = end - c.Random.Next(1, 6);
            jobs.Add([DocumentCell.Of(roles[i]), DocumentCell.Of(employers[i]), DocumentCell.Of(start), DocumentCell.Of(end)]);
            end = start - c.Random.Next(0, 2);
        }

        var graduated = end - c.Random.Next(0, 2);
        var experience = new DocumentTable("experience", "Experience", "positions",
            [new(Position, DocumentValueKind.Text), new(Organization, DocumentValueKind.Text), new(Start, DocumentValueKind.Year), new(End, DocumentValueKind.Year)], jobs);
        var education = new DocumentTable("education", "Education", "degrees",
            [new("Degree", DocumentValueKind.Text), new("Institution", DocumentValueKind.Text), new("Year", DocumentValueKind.Year)],
            [[DocumentCell.Of(c.Random.Pick(c.Lexicon.Degrees)), DocumentCell.Of(c.Random.Pick(c.Lexicon.Colleges)), DocumentCell.Of(graduated)]]);
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}.{InvoiceBuilder.Slug(name.Split(' ')[1])}@mail.com";
        var fields = new List<DocumentField>
        {
            new("Email", email),
            new("Phone", $"({c.Random.Next(201, 990)}) 555-{c.Random.Next(1000, 9999)}"),
            new("Location", City(c.Random.Pick(c.Lexicon.Cities))),
        };
        var skills = string.Join(", ", c.Random.Sample(c.Lexicon.Skills, 5));
        var profile = $"{roles[0]} with experience at {jobs.Count} organizations, focused on reliable, well-organized work and clear communication.";
        return new DocumentSpec(DocumentKinds.Resume, name, name, [], fields, [experience, education], [], [profile, "Skills: " + skills], c.Currency);
    }

    // "Portland, OR 97205" -> "Portland, OR".
    private static string City(string line) => line[..line.LastIndexOf(' ')];
}
