using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on flowcharts, process and state diagrams, networks and dependency graphs: counts, successors, shortest paths, hubs, branches.</summary>
internal sealed class GraphQuestions(GraphDiagram graph) : IDiagramQuestionSet
{
    private readonly List<string> _labels = [.. graph.Nodes.Select(n => n.Label)];

    private string Links => graph.Directed ? "arrows" : "links";

    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var noun = DiagramNouns.Plural(graph.Kind);
        yield return Count("count", DiagramNouns.CountQuestion(graph.Kind), $"The diagram draws these {noun}: {ChartWords.List(_labels)}. That is {graph.Nodes.Count}.", graph.Nodes.Count);
        yield return Count("edges", $"How many {Links} are drawn in the diagram?", $"Counting every {Links[..^1]} between two {noun} gives {graph.Edges.Count}.", graph.Edges.Count);
        if (Path(random) is { } path)
        {
            yield return path;
        }

        if (Hub() is { } hub)
        {
            yield return hub;
        }

        var single = graph.Directed ? graph.Nodes.Where(n => graph.Out(n.Id).Count == 1).ToList() : [];
        if (single.Count > 0 && graph.Kind != DiagramFigureTypes.DependencyGraph)
        {
            var node = random.Pick(single);
            var next = graph.Label(graph.Out(node.Id)[0].To);
            yield return Label("next", $"What comes directly after {Quote(node.Label)}?", $"Exactly one arrow leaves {Quote(node.Label)}, and it points to {Quote(next)}.", next, _labels, random);
        }

        foreach (var question in KindQuestions(random))
        {
            yield return question;
        }
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var a = random.Pick(graph.Nodes);
        var linked = graph.Out(a.Id).Select(e => e.To).ToHashSet();
        var others = graph.Nodes.Where(n => n.Id != a.Id).ToList();
        var b = random.Chance(0.5) && linked.Count > 0 ? graph.Node(random.Pick(linked.ToList())) : random.Pick(others);
        var yes = linked.Contains(b.Id);
        if (!graph.Directed)
        {
            return DiagramQa.YesNo("linked", $"Are {Quote(a.Label)} and {Quote(b.Label)} directly linked?", $"{Quote(a.Label)} is linked to {ChartWords.List([.. linked.Select(graph.Label)])}; {Quote(b.Label)} is {(yes ? string.Empty : "not ")}among them.", yes);
        }

        return DiagramQa.YesNo("arrow", $"Is there an arrow from {Quote(a.Label)} directly to {Quote(b.Label)}?", $"The arrows leaving {Quote(a.Label)} point to {ChartWords.List([.. linked.Select(graph.Label)])}; {Quote(b.Label)} is {(yes ? string.Empty : "not ")}one of them.", yes);
    }

    public ChartQuestion Unanswerable(SeededRandom random)
    {
        var node = random.Pick(graph.Nodes).Label;
        return graph.Kind switch
        {
            DiagramFigureTypes.Network => DiagramQa.Unanswerable("no-capacity", $"What is the capacity of the link at {Quote(node)}?", "The diagram shows which nodes are linked, but no capacities, distances or speeds."),
            DiagramFigureTypes.DependencyGraph => DiagramQa.Unanswerable("no-version", $"Which version of {Quote(node)} is used?", "The diagram names the modules and their dependencies only; no versions appear."),
            DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State => DiagramQa.Unanswerable("no-duration", $"How long does the system usually stay in {Quote(node)}?", "The diagram shows states and the events between them, not how long any state lasts."),
            _ => DiagramQa.Unanswerable("no-duration", $"How many minutes does {Quote(node)} take?", "The diagram shows the order of the steps, not how long any of them takes."),
        };
    }

    public string Summary()
    {
        var start = graph.Nodes[0].Label;
        var text = $"This {graph.Kind} titled \"{graph.Title}\" has {graph.Nodes.Count} {DiagramNouns.Plural(graph.Kind)} connected by {graph.Edges.Count} {Links}.";
        return graph.Kind switch
        {
            DiagramFigureTypes.Flowchart or DiagramFigureTypes.ProcessDiagram => $"{text} It starts at \"{start}\" and ends at \"{graph.Nodes[^1].Label}\"{Checks()}.",
            DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State => $"{text} The machine starts in \"{start}\".",
            _ => text,
        };
    }

    private string Checks()
    {
        var checks = graph.Nodes.Where(n => n.Role == NodeRoles.Decision).Select(n => $"\"{n.Label}\"").ToList();
        return checks.Count == 0 ? string.Empty : $", with {(checks.Count == 1 ? "a yes/no check" : "yes/no checks")} at {ChartWords.List(checks)}";
    }

    private ChartQuestion? Path(SeededRandom random)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var a = random.Pick(graph.Nodes);
            var b = random.Pick(graph.Nodes);
            if (a.Id == b.Id || GraphPaths.Shortest(graph, a.Id, b.Id) is not { Count: >= 3 } path)
            {
                continue;
            }

            var steps = path.Count - 1;
            var route = string.Join(" → ", path.Select(graph.Label));
            var question = graph.Directed
                ? $"What is the smallest number of arrows to follow from {Quote(a.Label)} to {Quote(b.Label)}?"
                : $"What is the smallest number of links on a path between {Quote(a.Label)} and {Quote(b.Label)}?";
            return Count("path", question, $"The shortest route is {route}, which uses {steps} {Links}; no shorter route exists.", steps);
        }

        return null;
    }

    private ChartQuestion? Hub()
    {
        var degrees = graph.Nodes.Select(n => (n.Label, Degree: graph.Degree(n.Id))).OrderByDescending(d => d.Degree).ToList();
        if (degrees[0].Degree == degrees[1].Degree)
        {
            return null;
        }

        var noun = DiagramNouns.Singular(graph.Kind);
        var others = string.Join(", ", degrees.Skip(1).Take(3).Select(d => $"{d.Label} {d.Degree}"));
        return Short("hub", $"Which {noun} has the most connections?", $"{degrees[0].Label} touches {degrees[0].Degree} {Links}, more than any other (next: {others}).", degrees[0].Label, degrees.Skip(1).Take(3).Select(d => d.Label));
    }

    private IEnumerable<ChartQuestion> KindQuestions(SeededRandom random)
    {
        switch (graph.Kind)
        {
            case DiagramFigureTypes.Flowchart:
                foreach (var check in graph.Nodes.Where(n => n.Role == NodeRoles.Decision))
                {
                    var edge = random.Pick(graph.Out(check.Id));
                    var target = graph.Label(edge.To);
                    yield return Label("branch", $"Where does the {Quote(edge.Label!)} answer to {Quote(check.Label)} lead?", $"The arrow labelled {edge.Label} leaving the decision {Quote(check.Label)} points to {Quote(target)}.", target, _labels, random);
                }

                break;
            case DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State:
                var transition = random.Pick(graph.Edges);
                var to = graph.Label(transition.To);
                yield return Label("transition", $"Which state does the {Quote(transition.Label!)} transition from {Quote(graph.Label(transition.From))} lead to?", $"The arrow from {Quote(graph.Label(transition.From))} labelled {Quote(transition.Label!)} ends at {Quote(to)}.", to, _labels, random);
                var state = random.Pick(graph.Nodes);
                var exits = graph.Out(state.Id);
                yield return Count("exits", $"How many transitions leave {Quote(state.Label)}?", exits.Count == 0 ? $"No arrow leaves {Quote(state.Label)}, so the count is 0." : $"Arrows leave {Quote(state.Label)} for: {ChartWords.List([.. exits.Select(e => $"{e.Label} → {graph.Label(e.To)}")])}. That is {exits.Count}.", exits.Count);
                break;
            case DiagramFigureTypes.DependencyGraph:
                var module = random.Pick(graph.Nodes.Where(n => graph.Out(n.Id).Count > 0).ToList());
                var uses = graph.Out(module.Id).Select(e => graph.Label(e.To)).ToList();
                yield return Count("depends-on", $"How many direct dependencies does {Quote(module.Label)} have?", $"Arrows from {Quote(module.Label)} point to {ChartWords.List(uses)}: {uses.Count}.", uses.Count);
                var used = random.Pick(graph.Nodes);
                var users = graph.In(used.Id).Select(e => graph.Label(e.From)).ToList();
                yield return Count("dependents", $"How many nodes depend directly on {Quote(used.Label)}?", users.Count == 0 ? $"No arrow points to {Quote(used.Label)}, so the count is 0." : $"Arrows into {Quote(used.Label)} come from {ChartWords.List(users)}: {users.Count}.", users.Count);
                break;
            case DiagramFigureTypes.Network:
                var node = random.Pick(graph.Nodes);
                var neighbours = graph.Out(node.Id).Select(e => graph.Label(e.To)).ToList();
                yield return Count("degree", $"How many links does {Quote(node.Label)} have?", $"{Quote(node.Label)} is linked to {ChartWords.List(neighbours)}: {neighbours.Count} links.", neighbours.Count);
                break;
        }
    }
}
