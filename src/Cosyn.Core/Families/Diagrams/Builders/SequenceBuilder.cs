using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>The interaction script, sometimes cut short after its first six messages or more.</summary>
public static class SequenceBuilder
{
    public static SequenceDiagram Build(SequenceVocabulary script, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(random);
        var count = random.Next(Math.Min(6, script.Messages.Count), script.Messages.Count + 1);
        var messages = script.Messages.Take(count).Select(m => new SequenceMessage(m[0], m[1], m[2], m.Count > 3)).ToList();
        var participants = script.Participants.Where(p => messages.Any(m => m.From == p || m.To == p)).ToList();
        return new SequenceDiagram(kind, script.Title, participants, messages);
    }
}
