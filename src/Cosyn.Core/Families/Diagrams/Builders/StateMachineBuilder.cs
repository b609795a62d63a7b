using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>States and event-labelled transitions; sometimes one side path is left out, keeping every state reachable.</summary>
public static class StateMachineBuilder
{
    public static GraphDiagram Build(StateVocabulary machine, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(random);
        var transitions = machine.Transitions.ToList();
        if (random.Chance(0.5))
        {
            var drop = random.Pick(transitions);
            var rest = transitions.Where(t => t != drop).ToList();
            if (Reachable(machine.Initial, rest).SetEquals(States(machine.Initial, rest)) && States(machine.Initial, rest).Count >= 5)
            {
                transitions = rest;
            }
        }

        var states = States(machine.Initial, transitions);
        var ids = states.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => $"s{x.i + 1}");
        var nodes = states.Select(s => new DiagramNode(ids[s], s, s == machine.Initial ? NodeRoles.Initial : machine.Final.Contains(s) ? NodeRoles.Final : NodeRoles.State)).ToList();
        var edges = transitions.Select(t => new DiagramEdge(ids[t[0]], ids[t[2]], t[1])).ToList();
        return new GraphDiagram(kind, machine.Title, true, nodes, edges);
    }

    // States in order of first mention, the initial state first.
    private static List<string> States(string initial, List<IReadOnlyList<string>> transitions) =>
        [.. new[] { initial }.Concat(transitions.SelectMany(t => new[] { t[0], t[2] })).Distinct()];

    private static HashSet<string> Reachable(string initial, List<IReadOnlyList<string>> transitions)
    {
        var seen = new HashSet<string> { initial };
        var queue = new Queue<string>([initial]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var t in transitions.Where(t => t[0] == state && seen.Add(t[2])))
            {
                queue.Enqueue(t[2]);
            }
        }

        return seen;
    }
}
