using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Breadth-first shortest paths over a graph diagram (following arrow direction when directed).</summary>
internal static class GraphPaths
{
    /// <summary>The node ids of a shortest path from <paramref name="from"/> to <paramref name="to"/>, or null when unreachable.</summary>
    public static List<string>? Shortest(GraphDiagram graph, string from, string to)
    {
        var previous = new Dictionary<string, string?> { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var id))
        {
            if (id == to)
            {
                var path = new List<string>();
                for (string? at = to; at is not null; at = previous[at])
                {
                    path.Insert(0, at);
                }

                return path;
            }

            foreach (var edge in graph.Out(id).Where(e => !previous.ContainsKey(e.To)))
            {
                previous[edge.To] = id;
                queue.Enqueue(edge.To);
            }
        }

        return null;
    }
}
