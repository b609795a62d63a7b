using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>An acyclic dependency graph: each module after the first depends on one or two earlier ones (arrow from dependent to dependency).</summary>
public static class DependencyBuilder
{
    public static GraphDiagram Build(ModuleVocabulary modules, string kind, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(random);
        var picked = Ordered.Sample(modules.Modules, random.Next(6, 9), random);
        var nodes = picked.Select((m, i) => new DiagramNode($"m{i + 1}", m, NodeRoles.Node)).ToList();
        var edges = new List<DiagramEdge>();
        for (var i = 1; i < nodes.Count; i++)
        {
            // Recent modules are likelier dependencies, which keeps the layers readable.
            var candidates = Enumerable.Range(Math.Max(0, i - 4), Math.Min(i, 4)).ToList();
            var count = Math.Min(candidates.Count, random.Chance(0.45) ? 2 : 1);
            foreach (var j in random.Sample(candidates, count).Order())
            {
                edges.Add(new DiagramEdge(nodes[i].Id, nodes[j].Id));
            }
        }

        return new GraphDiagram(kind, modules.Title, true, nodes, edges);
    }
}
