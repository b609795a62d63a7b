using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Diagrams.Checking;

/// <summary>The checker's own reading of diagram <c>data</c> JSON, with its own graph walks (no production types).</summary>
public sealed class CheckerDiagram : CheckerData
{
    public CheckerDiagram(string json)
        : base(json)
    {
        Kind = Root.Text("kind");
        if (Root.TryGetProperty("nodes", out var nodes))
        {
            Directed = Root.GetProperty("directed").GetBoolean();
            foreach (var n in nodes.EnumerateArray())
            {
                Labels[n.Text("id")] = n.Text("label");
                if (n.TryGetProperty("name", out var name))
                {
                    Names[n.Text("id")] = name.GetString()!;
                }
            }

            Edges = [.. Root.GetProperty("edges").EnumerateArray().Select(e => (e.Text("from"), e.Text("to"), e.TryGetProperty("label", out var l) ? l.GetString() : null))];
        }

        if (Root.TryGetProperty("participants", out var participants))
        {
            Participants = [.. participants.EnumerateArray().Select(p => p.GetString()!)];
            Messages = [.. Root.GetProperty("messages").EnumerateArray().Select(m => (m.Text("from"), m.Text("to"), m.Text("text"), m.GetProperty("reply").GetBoolean()))];
        }

        if (Root.TryGetProperty("sections", out var sections))
        {
            foreach (var s in sections.EnumerateArray())
            {
                foreach (var t in s.GetProperty("tasks").EnumerateArray())
                {
                    Tasks.Add((t.Text("id"), t.Text("name"), s.Text("name"),
                        DateOnly.Parse(t.Text("start"), System.Globalization.CultureInfo.InvariantCulture),
                        DateOnly.Parse(t.Text("end"), System.Globalization.CultureInfo.InvariantCulture),
                        t.TryGetProperty("after", out var a) ? a.GetString() : null));
                }
            }
        }

        if (Root.TryGetProperty("entities", out var entities))
        {
            foreach (var e in entities.EnumerateArray())
            {
                var attributes = e.GetProperty("attributes").EnumerateArray().Select(a => (a.Text("name"), a.TryGetProperty("key", out var k) ? k.GetString() : null)).ToList();
                var methods = e.TryGetProperty("methods", out var m) ? m.GetArrayLength() : 0;
                Entities.Add((e.Text("name"), attributes, methods));
            }

            Relations = [.. Root.GetProperty("relationships").EnumerateArray().Select(r => (r.Text("from"), r.Text("to"), r.Text("label"), r.Text("to_cardinality")))];
            if (Root.TryGetProperty("inheritance", out var inheritance))
            {
                Parents = [.. inheritance.EnumerateArray().Select(i => (i.Text("child"), i.Text("parent")))];
            }
        }

        if (Root.TryGetProperty("events", out var events))
        {
            Events = [.. events.EnumerateArray().Select(e => (e.GetProperty("year").GetInt32(), e.Text("event")))];
        }
    }

    public string Kind { get; }

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
