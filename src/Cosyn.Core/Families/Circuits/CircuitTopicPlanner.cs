using Cosyn.Personas;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis;
using Cosyn.Text;

namespace Cosyn.Families.Circuits;

/// <summary>Persona -> domain -> a device the circuit belongs to -> a title for the chosen figure type.</summary>
public static class CircuitTopicPlanner
{
    private static readonly Dictionary<string, string[]> QueryWords = new(StringComparer.Ordinal)
    {
        [CircuitFigureTypes.Series] = ["series"],
        [CircuitFigureTypes.Parallel] = ["parallel"],
        [CircuitFigureTypes.Divider] = ["divider", "potential"],
        [CircuitFigureTypes.Rc] = ["rc ", "filter", "capacitor", "time constant"],
        [CircuitFigureTypes.Rlc] = ["rlc", "resonan", "inductor"],
        [CircuitFigureTypes.OpAmp] = ["op-amp", "op amp", "opamp", "amplifier", "operational"],
    };

    public static ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        var figureType = FigureTypeChoice.Choose(ticket, figureTypes, QueryWords, random);
        var contexts = CircuitContexts.Default;
        var device = DomainWords.Pick(ticket.Persona.Text, contexts.Devices, 0.85, random);
        var inverting = random.Chance(0.5);
        var kind = inverting ? "inverting" : "non-inverting";
        var title = random.Pick(contexts.Titles[figureType])
            .Replace("{Device}", Capitalize(device), StringComparison.Ordinal)
            .Replace("{Kind}", Capitalize(kind), StringComparison.Ordinal)
            .Replace("{kind}", kind, StringComparison.Ordinal);
        title = EnglishPhrases.FillSlot(title, "{device}", device);
        return new ProceduralTopic(figureType, title, new CircuitPlan(figureType, title, inverting));
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
