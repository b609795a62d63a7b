namespace Cosyn.Families.Documents.Builders;

/// <summary>A day's schedule from the persona's world: back-to-back sessions with start and end times and a room.</summary>
internal static class ScheduleBuilder
{
    public const string Session = "Session";
    public const string Start = "Start";
    public const string End = "End";
    public const string Location = "Location";

    public static DocumentSpec Build(DocumentContext c)
    {
        // The lexicon lists a domain's sessions in the order a day runs, so the picks keep that order.
        var sessions = c.Random.Sample(c.Domain.Sessions, Math.Min(c.Domain.Sessions.Count, c.Random.Next(5, 8))).OrderBy(s => c.Domain.Sessions.ToList().IndexOf(s)).ToList();
        var rooms = c.Random.Sample(["Room A", "Room B", "Main Hall", "Studio 2", "Lab 101", "Conference Room", "Courtyard"], 3);
        var time = c.Random.Next(14, 21) * 30;
        var rows = new List<IReadOnlyList<DocumentCell>>();
        foreach (var session in sessions)
        {
            var length = c.Random.Pick([15, 20, 30, 45, 45, 60, 60, 75, 90]);
            rows.Add([DocumentCell.Of(session), DocumentCell.Of(time), DocumentCell.Of(time + length), DocumentCell.Of(c.Random.Pick(rooms))]);
            time += length + c.Random.Pick([0, 0, 5, 10, 15]);
        }

        var table = new DocumentTable("sessions", "Schedule", "sessions",
            [new(Session, DocumentValueKind.Text), new(Start, DocumentValueKind.Time), new(End, DocumentValueKind.Time), new(Location, DocumentValueKind.Text)], rows);
        var fields = new List<DocumentField> { c.DateField("Date", c.Date()), new("Venue", c.Plan.Issuer), new("Contact", c.Person()) };
        var title = c.Random.Pick(["Daily Schedule", "Agenda", "Program", "Workshop Day Schedule", "Team Day Plan"]);
        return new DocumentSpec(DocumentKinds.Schedule, title, c.Plan.Issuer, c.Address(), fields, [table], [], [], c.Currency)
        {
            Footer = [c.Random.Pick(["Times may change; check with the front desk.", "Please arrive five minutes early.", "Sessions start promptly."])],
        };
    }
}
