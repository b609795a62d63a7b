using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on org charts, trees and mind maps: who reports to whom, direct reports, leaves, the widest branch, position holders.</summary>
internal sealed class TreeQuestions(GraphDiagram tree) : IDiagramQuestionSet
{
    private readonly bool _org = tree.Kind == DiagramFigureTypes.OrgChart;
    private readonly List<string> _labels = [.. tree.Nodes.Select(n => n.Label)];

    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var noun = DiagramNouns.Plural(tree.Kind);
        yield return Count("count", DiagramNouns.CountQuestion(tree.Kind), $"The chart shows: {ChartWords.List(_labels)}. That is {tree.Nodes.Count}.", tree.Nodes.Count);
        var child = random.Pick(tree.Nodes.Skip(1).ToList());
        var parent = tree.Label(tree.In(child.Id)[0].From);
        yield return Label("parent", _org ? $"Who does {Quote(child.Label)} report to?" : $"What is the parent of {Quote(child.Label)}?", $"The line above {Quote(child.Label)} leads up to {Quote(parent)}.", parent, _labels, random);
        var inner = random.Pick(tree.Nodes.Where(n => Children(n.Id).Count > 0).ToList());
        var kids = Children(inner.Id);
        yield return Count("children", _org ? $"How many direct reports does {Quote(inner.Label)} have?" : $"How many children does {Quote(inner.Label)} have?", $"Directly below {Quote(inner.Label)} are {ChartWords.List(kids)}: {kids.Count}.", kids.Count);
        var leaves = tree.Nodes.Where(n => Children(n.Id).Count == 0).Select(n => n.Label).ToList();
        yield return Count("leaves", _org ? "How many positions have no direct reports?" : "How many nodes have no children?", $"The {noun} with nothing below them are {ChartWords.List(leaves)}: {leaves.Count}.", leaves.Count);
        var widths = tree.Nodes.Select(n => (n.Label, Count: Children(n.Id).Count)).OrderByDescending(w => w.Count).ToList();
        if (widths[0].Count > widths[1].Count)
        {
            var others = string.Join(", ", widths.Skip(1).Take(3).Select(w => $"{w.Label} {w.Count}"));
            yield return Short("widest", _org ? "Which position has the most direct reports?" : "Which node has the most children?", $"{widths[0].Label} has {widths[0].Count} directly below it, more than any other (next: {others}).", widths[0].Label, widths.Skip(1).Take(3).Select(w => w.Label));
        }

        var level = random.Pick(tree.Nodes.Where(n => n.Role == NodeRoles.Leaf).ToList());
        yield return Count("depth", $"How many levels below {Quote(tree.Nodes[0].Label)} is {Quote(level.Label)}?", $"{Quote(level.Label)} sits under {Quote(tree.Label(tree.In(level.Id)[0].From))}, which sits under {Quote(tree.Nodes[0].Label)}: 2 levels.", 2);
        if (_org)
        {
            var holder = random.Pick(tree.Nodes);
            yield return Label("holder", $"Who holds the position {Quote(holder.Label)}?", $"The box for {Quote(holder.Label)} names {holder.Detail}.", holder.Detail!, [.. tree.Nodes.Select(n => n.Detail!)], random);
            var person = random.Pick(tree.Nodes);
            yield return Label("title", $"What position does {Quote(person.Detail!)} hold?", $"{person.Detail} appears in the box titled {Quote(person.Label)}.", person.Label, _labels, random);
        }
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var child = random.Pick(tree.Nodes.Skip(1).ToList());
        var parent = tree.In(child.Id)[0].From;
        var candidate = random.Chance(0.5) ? tree.Node(parent) : random.Pick(tree.Nodes.Where(n => n.Id != child.Id && Children(n.Id).Count > 0).ToList());
        var yes = candidate.Id == parent;
        var explanation = $"{Quote(child.Label)} hangs directly under {Quote(tree.Label(parent))}, so {(yes ? "yes" : $"not under {Quote(candidate.Label)}")}.";
        return _org
            ? DiagramQa.YesNo("reports-to", $"Does {Quote(child.Label)} report directly to {Quote(candidate.Label)}?", explanation, yes)
            : DiagramQa.YesNo("child-of", $"Is {Quote(child.Label)} a child of {Quote(candidate.Label)}?", explanation, yes);
    }

    public ChartQuestion Unanswerable(SeededRandom random)
    {
        var node = random.Pick(tree.Nodes).Label;
        return _org
            ? DiagramQa.Unanswerable("no-salary", $"What is the annual salary of the {Quote(node)}?", "The chart shows positions, holders and reporting lines, not pay.")
            : DiagramQa.Unanswerable("no-source", $"Which source was used for {Quote(node)}?", "The diagram lists topics and how they branch; it cites no sources.");
    }

    public string Summary()
    {
        var branches = Children(tree.Nodes[0].Id);
        // A Mermaid mind map draws no title: its root names the subject.
        var named = tree.Kind == DiagramFigureTypes.Mindmap ? $"centred on \"{tree.Nodes[0].Label}\"" : $"titled \"{tree.Title}\"";
        return $"This {tree.Kind} {named} has {tree.Nodes.Count} {DiagramNouns.Plural(tree.Kind)}: \"{tree.Nodes[0].Label}\" at the top with {branches.Count} branches ({ChartWords.List(branches)}), each with its own {(_org ? "direct reports" : "children")}.";
    }

    private List<string> Children(string id) => [.. tree.Out(id).Select(e => tree.Label(e.To))];
}
