using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid sequence diagram: participants (people as actors) with short aliases, solid requests and dashed replies.</summary>
internal static class MermaidSequenceCode
{
    private static readonly string[] People = ["Customer", "Traveller", "Student", "Teacher", "Applicant", "Physician", "Nurse", "Broker", "Valuer"];

    public static string Write(SequenceDiagram sequence, SeededRandom random)
    {
        var text = new StringBuilder("sequenceDiagram\n");
        text.Append("    title ").Append(sequence.Title).Append('\n');
        if (random.Chance(0.5))
        {
            text.Append("    autonumber\n");
        }

        var actors = random.Chance(0.6);
        var alias = sequence.Participants.ToDictionary(p => p, MermaidText.Id);
        foreach (var participant in sequence.Participants)
        {
            var keyword = actors && People.Contains(participant) ? "actor" : "participant";
            text.Append("    ").Append(keyword).Append(' ').Append(alias[participant]).Append(" as ").Append(participant).Append('\n');
        }

        text.Append('\n');
        foreach (var message in sequence.Messages)
        {
            text.Append("    ").Append(alias[message.From]).Append(message.Reply ? "-->>" : "->>").Append(alias[message.To]).Append(": ").Append(message.Text).Append('\n');
        }

        return text.ToString();
    }
}
