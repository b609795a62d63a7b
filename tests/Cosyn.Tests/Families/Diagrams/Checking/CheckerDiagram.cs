namespace Cosyn.Tests.Families.Diagrams.Checking;

/// <summary>The checker's own reading of diagram <c>data</c> JSON, with its own graph walks (no production types).</summary>
public sealed class CheckerDiagram
{
    public CheckerDiagram(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Kind = root.GetProperty("kind").GetString()!;
        Title = root.GetProperty("title").GetString()!;
        if (root.TryGetProperty("nodes", out var nodes))
        {
            Directed = root.GetProperty("directed").GetBoolean();
            foreach (var n in nodes.EnumerateArray())
            {
                Labels[n.GetProperty("id").GetString()!] = n.GetProperty("label").GetString()!;
                if (n.TryGetProperty("name", out var name))
                {
                    Names[n.GetProperty("id").GetString()!] = name.GetString()!;
                }
            }

            Edges = [.. root.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("from").GetString()!, e.GetProperty("to").GetString()!, e.TryGetProperty("label", out var l) ? l.GetString() : null))];
        }

        if (root.TryGetProperty("participants", out var participants))
        {
            Participants = [.. participants.EnumerateArray().Select(p => p.GetString()!)];
            Messages = [.. root.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("from").GetString()!, m.GetProperty("to").GetString()!, m.GetProperty("text").GetString()!, m.GetProperty("reply").GetBoolean()))];
        }

        if (root.TryGetProperty("sections", out var sections))
        {
            foreach (var s in sections.EnumerateArray())
            {
                foreach (var t in s.GetProperty("tasks").EnumerateArray())
                {
                    Tasks.Add((t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!, s.GetProperty("name").GetString()!,
                        DateOnly.Parse(t.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                        DateOnly.Parse(t.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                        t.TryGetProperty("after", out var a) ? a.GetString() : null));
                }
            }
        }

        if (root.TryGetProperty("entities", out var entities))
        {
            foreach (var e in entities.EnumerateArray())
            {
                var attributes = e.GetProperty("attributes").EnumerateArray().Select(a => (a.GetProperty("name").GetString()!, a.TryGetProperty("key", out var k) ? k.GetString() : null)).ToList();
                var methods = e.TryGetProperty("methods", out var m) ? m.GetArrayLength() : 0;
                Entities.Add((e.GetProperty("name").GetString()!, attributes, methods));
            }

            Relations = [.. root.GetProperty("relationships").EnumerateArray().Select(r => (r.GetProperty("from").GetString()!, r.GetProperty("to").GetString()!, r.GetProperty("label").GetString()!, r.GetProperty("to_cardinality").GetString()!))];
            if (root.TryGetProperty("inheritance", out var inheritance))
            {
                Parents = [.. inheritance.EnumerateArray().Select(i => (i.GetProperty("child").GetString()!, i.GetProperty("parent").GetString()!))];
            }
        }

        if (root.TryGetProperty("events", out var events))
        {
            Events = [.. events.EnumerateArray().Select(e => (e.GetProperty("year").GetInt32(), e.GetProperty("event").GetString()!))];
        }
    }

    public string Kind { get; }

    public string Title { get; }

    public bool Directed { get; }

    public Dictionary<string, string> Labels { get; } = [];

    public Dictionary<string, string> Names { get; } = [];

    public List<(string From, string To, string? Label)> Edges { get; } = [];

    public List<string> Participants { get; } = [];

    public List<(string From, string To, string Text, bool Reply)> Messages { get; } = [];

    public List<(string Id, string Name, string Section, DateOnly Start, DateOnly End, string? After)> Tasks { get; } = [];

    public List<(string Name, List<(string Name, string? Key)> Attributes, int Methods)> Entities { get; } = [];

    public List<(string From, string To, string Label, string ToCardinality)> Relations { get; } = [];

    public List<(string Child, string Parent)> Parents { get; } = [];

    public List<(int Year, string Label)> Events { get; } = [];

    /// <summary>How many primary items the diagram draws (nodes, participants, tasks, entities or events).</summary>
    public int ItemCount => Labels.Count + Participants.Count + Tasks.Count + Entities.Count + Events.Count;

    public string Id(string label) => Labels.Single(l => l.Value == label).Key;

    /// <summary>Neighbours reached by one edge (both ways when undirected).</summary>
    public IEnumerable<string> Next(string id) =>
        Edges.Where(e => e.From == id).Select(e => e.To).Concat(Directed ? [] : Edges.Where(e => e.To == id).Select(e => e.From));

    public int Degree(string id) => Edges.Count(e => e.From == id || e.To == id);

    /// <summary>Fewest edges from <paramref name="from"/> to <paramref name="to"/>, or -1.</summary>
    public int Distance(string from, string to)
    {
        var depth = new Dictionary<string, int> { [from] = 0 };
        var frontier = new List<string> { from };
        while (frontier.Count > 0)
        {
            if (depth.TryGetValue(to, out var found))
            {
                return found;
            }

            frontier = [.. frontier.SelectMany(f => Next(f).Where(n => depth.TryAdd(n, depth[f] + 1)))];
        }

        return depth.TryGetValue(to, out var d) ? d : -1;
    }
}
