using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>An undirected, connected network: a random spanning tree plus a few extra links (so some routes have alternatives).</summary>
public static class NetworkBuilder
{
    public static GraphDiagram Build(NetworkVocabulary network, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(random);
        var labels = random.Sample(network.Nodes, Math.Min(network.Nodes.Count, random.Next(6, 10)));
        var nodes = labels.Select((l, i) => new DiagramNode($"n{i + 1}", l, NodeRoles.Node)).ToList();
        var edges = new List<DiagramEdge>();
        for (var i = 1; i < nodes.Count; i++)
        {
            edges.Add(new DiagramEdge(nodes[random.Next(i)].Id, nodes[i].Id));
        }

        var extra = random.Next(1, 4);
        for (var tries = 0; extra > 0 && tries < 50; tries++)
        {
            var a = random.Next(nodes.Count);
            var b = random.Next(nodes.Count);
            if (a != b && !edges.Any(e => (e.From == nodes[a].Id && e.To == nodes[b].Id) || (e.From == nodes[b].Id && e.To == nodes[a].Id)))
            {
                edges.Add(new DiagramEdge(nodes[Math.Min(a, b)].Id, nodes[Math.Max(a, b)].Id));
                extra--;
            }
        }

        return new GraphDiagram(kind, network.Title, false, nodes, edges);
    }
}
