namespace Cosyn.Families.Documents.Builders;

/// <summary>An airline boarding pass: passenger, flight, route, date, boarding and departure times, gate, seat, group.</summary>
internal static class BoardingPassBuilder
{
    public static DocumentSpec Build(DocumentContext c)
    {
        var airline = c.Lexicon.Airlines.First(a => a.Name == c.Plan.Issuer);
        var route = c.Random.Sample(c.Lexicon.Airports, 2);
        var departure = (c.Random.Next(6 * 12, 22 * 12)) * 5;
        var boarding = departure - c.Random.Pick([25, 30, 35, 40, 45]);
        var row = c.Random.Next(3, 38);
        var fields = new List<DocumentField>
        {
            new("Passenger", c.Person().ToUpperInvariant()),
            new("Flight", $"{airline.Code} {c.Random.Next(100, 2999)}"),
            new("From", $"{route[0].City} ({route[0].Code})"),
            new("To", $"{route[1].City} ({route[1].Code})"),
            c.DateField("Date", c.Date()),
            DocumentContext.TimeField("Boarding time", boarding),
            DocumentContext.TimeField("Departure time", departure),
            new("Gate", $"{c.Random.Pick(["A", "B", "C", "D", "E"])}{c.Random.Next(1, 40)}"),
            new("Seat", $"{row}{c.Random.Pick(["A", "B", "C", "D", "E", "F"])}"),
            new("Class", row <= 6 ? "Business" : "Economy"),
            new("Boarding group", DocumentFormat.Whole(c.Random.Next(1, 7))),
            new("Booking reference", new string([.. Enumerable.Range(0, 6).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[c.Random.Next(32)])])),
        };
        return new DocumentSpec(DocumentKinds.BoardingPass, "Boarding Pass", airline.Name, [], fields, [], [], [], c.Currency)
        {
            Footer = ["Gate closes 15 minutes before departure."],
        };
    }
}
