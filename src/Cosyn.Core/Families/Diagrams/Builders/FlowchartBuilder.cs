using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>
/// A start, steps in order and an end; a flowchart also gets one or two yes/no checks between steps. "Yes" carries on,
/// "No" leads to a remedy step that rejoins the flow, retries the step before the check, or (last check only) ends it.
/// </summary>
public static class FlowchartBuilder
{
    public static GraphDiagram Build(FlowVocabulary flow, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(random);
        var checks = kind == DiagramFigureTypes.Flowchart;
        var steps = Ordered.Sample(flow.Steps, checks ? random.Next(4, 7) : random.Next(4, 7), random);
        var nodes = new List<DiagramNode> { new("start", flow.Start, NodeRoles.Start) };
        nodes.AddRange(steps.Select((s, i) => new DiagramNode($"step{i + 1}", s, NodeRoles.Process)));
        nodes.Add(new DiagramNode("done", flow.End, NodeRoles.End));
        var edges = new List<DiagramEdge>();
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            edges.Add(new DiagramEdge(nodes[i].Id, nodes[i + 1].Id));
        }

        if (checks)
        {
            // Checks sit after distinct, non-adjacent steps so their side branches never cross.
            var count = random.Chance(0.5) ? 2 : 1;
            var after = PickPositions(steps.Count, count, random);
            var decisions = random.Sample(flow.Decisions, count);
            for (var d = 0; d < count; d++)
            {
                var step = $"step{after[d]}";
                var next = edges.Single(e => e.From == step).To;
                var id = $"check{d + 1}";
                var remedy = $"fix{d + 1}";
                nodes.Add(new DiagramNode(id, decisions[d].Question, NodeRoles.Decision));
                nodes.Add(new DiagramNode(remedy, decisions[d].No, NodeRoles.Process));
                edges.RemoveAll(e => e.From == step);
                edges.Add(new DiagramEdge(step, id));
                edges.Add(new DiagramEdge(id, next, "Yes"));
                edges.Add(new DiagramEdge(id, remedy, "No"));
                var last = d == count - 1;
                var roll = random.NextDouble();
                edges.Add(new DiagramEdge(remedy, roll < 0.45 ? next : roll < 0.8 || !last ? step : "done"));
            }
        }

        return new GraphDiagram(kind, flow.Title, true, Order(nodes, edges), edges);
    }

    private static List<int> PickPositions(int steps, int count, SeededRandom random)
    {
        while (true)
        {
            var picks = random.Sample([.. Enumerable.Range(1, steps)], count).Order().ToList();
            if (count == 1 || picks[1] - picks[0] >= 2)
            {
                return picks;
            }
        }
    }

    // Nodes in flow order (a check right after its step, its remedy after it), so data and code read top to bottom.
    private static List<DiagramNode> Order(List<DiagramNode> nodes, List<DiagramEdge> edges)
    {
        var ordered = new List<DiagramNode>();
        void Visit(DiagramNode node)
        {
            ordered.Add(node);
            foreach (var target in edges.Where(e => e.From == node.Id).OrderBy(e => e.Label == "No" ? 0 : 1).Select(e => nodes.First(n => n.Id == e.To)))
            {
                if (!ordered.Contains(target) && target.Id != "done")
                {
                    Visit(target);
                }
            }
        }

        Visit(nodes[0]);
        ordered.Add(nodes.First(n => n.Id == "done"));
        return ordered;
    }
}
