using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>A root, three or four branches and their children; org charts name a person for every position.</summary>
public static class TreeBuilder
{
    /// <summary>Leaves beyond this make a top-down chart too wide to read.</summary>
    private const int MaxLeaves = 9;

    public static GraphDiagram Build(HierarchyVocabulary hierarchy, string kind, bool withNames, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(random);
        var names = withNames ? random.Sample(DiagramVocabularies.PersonNames, 1 + (hierarchy.Branches.Count * 4)) : [];
        var name = 0;
        string? Person() => withNames ? names[name++] : null;
        var nodes = new List<DiagramNode> { new("root", hierarchy.Root, NodeRoles.Root, Person()) };
        var edges = new List<DiagramEdge>();
        var branches = Ordered.Sample(hierarchy.Branches, random.Next(3, 5), random);
        var leaves = 0;
        for (var b = 0; b < branches.Count; b++)
        {
            var branch = branches[b];
            var id = $"b{b + 1}";
            nodes.Add(new DiagramNode(id, branch.Label, NodeRoles.Branch, Person()));
            edges.Add(new DiagramEdge("root", id));
            var room = MaxLeaves - leaves - (branches.Count - b - 1);
            var children = Ordered.Sample(branch.Children, Math.Clamp(random.Next(1, branch.Children.Count + 1), 1, Math.Max(1, room)), random);
            for (var c = 0; c < children.Count; c++)
            {
                nodes.Add(new DiagramNode($"{id}c{c + 1}", children[c], NodeRoles.Leaf, Person()));
                edges.Add(new DiagramEdge(id, $"{id}c{c + 1}"));
            }

            leaves += children.Count;
        }

        return new GraphDiagram(kind, hierarchy.Title, true, nodes, edges);
    }
}
