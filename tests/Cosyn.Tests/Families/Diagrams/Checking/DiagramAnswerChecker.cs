namespace Cosyn.Tests.Families.Diagrams.Checking;

/// <summary>
/// An independent oracle for diagram QA: it reads only the <c>data</c> JSON, recognises each question by its wording,
/// recomputes the answer with its own graph walks and date arithmetic, and reports any disagreement.
/// </summary>
public static class DiagramAnswerChecker
{
    /// <summary>The unanswerable answer, restated here on purpose rather than referenced.</summary>
    public const string NotAnswerable = "The diagram does not provide this information.";

    private const string Q = "\"(?<a>[^\"]+)\"";
    private const string Q2 = "\"(?<b>[^\"]+)\"";

    private static readonly string[] Summaries = ["Summarize the diagram.", "Describe what this diagram shows.", "Write a short summary of this diagram."];

    private static readonly Regex[] Unanswerable =
    [
        R($"^What is the capacity of the link at {Q}\\?$"), R($"^Which version of {Q} is used\\?$"), R($"^How long does the system usually stay in {Q}\\?$"),
        R($"^How many minutes does {Q} take\\?$"), R($"^What is the annual salary of the {Q}\\?$"), R($"^Which source was used for {Q}\\?$"),
        R($"^How many milliseconds does {Q} take\\?$"), R($"^Who is responsible for {Q}\\?$"), R($"^How many records does {Q} currently hold\\?$"),
        R($"^How much did {Q} cost\\?$"),
    ];

    private static readonly (Regex Pattern, Func<CheckerDiagram, Match, string> Solve)[] Rules =
    [
        (R(@"^How many \w+ are shown in the diagram\?$"), (d, _) => N(d.ItemCount)),
        (R(@"^How many (arrows|links) are drawn in the diagram\?$"), (d, _) => N(d.Edges.Count)),
        (R(@"^How many connecting lines are drawn in the diagram\?$"), (d, _) => N(d.Relations.Count + d.Parents.Count)),
        (R($"^What is the smallest number of arrows to follow from {Q} to {Q2}\\?$"), (d, m) => Directed(d, true, () => N(d.Distance(d.Id(A(m)), d.Id(B(m)))))),
        (R($"^What is the smallest number of links on a path between {Q} and {Q2}\\?$"), (d, m) => Directed(d, false, () => N(d.Distance(d.Id(A(m)), d.Id(B(m)))))),
        (R(@"^Which \w+ has the most connections\?$"), (d, _) => Unique(d.Labels.Keys.Select(id => (d.Labels[id], d.Degree(id))))),
        (R($"^What comes directly after {Q}\\?$"), (d, m) => d.Labels[d.Edges.Single(e => e.From == d.Id(A(m))).To]),
        (R($"^Where does the \"(?<b>Yes|No)\" answer to {Q} lead\\?$"), (d, m) => d.Labels[d.Edges.Single(e => e.From == d.Id(A(m)) && e.Label == B(m)).To]),
        (R($"^Which state does the {Q2} transition from {Q} lead to\\?$"), (d, m) => d.Labels[d.Edges.Single(e => e.From == d.Id(A(m)) && e.Label == B(m)).To]),
        (R($"^How many transitions leave {Q}\\?$"), (d, m) => N(d.Edges.Count(e => e.From == d.Id(A(m))))),
        (R($"^How many direct dependencies does {Q} have\\?$"), (d, m) => N(d.Edges.Count(e => e.From == d.Id(A(m))))),
        (R($"^How many nodes depend directly on {Q}\\?$"), (d, m) => N(d.Edges.Count(e => e.To == d.Id(A(m))))),
        (R($"^How many links does {Q} have\\?$"), (d, m) => N(d.Degree(d.Id(A(m))))),
        (R($"^Is there an arrow from {Q} directly to {Q2}\\?$"), (d, m) => YesNo(d.Edges.Any(e => e.From == d.Id(A(m)) && e.To == d.Id(B(m))))),
        (R($"^Are {Q} and {Q2} directly linked\\?$"), (d, m) => YesNo(d.Next(d.Id(A(m))).Contains(d.Id(B(m))))),
        (R($"^(Who does {Q} report to|What is the parent of {Q})\\?$"), (d, m) => d.Labels[d.Edges.Single(e => e.To == d.Id(A(m))).From]),
        (R($"^How many (direct reports|children) does {Q} have\\?$"), (d, m) => N(d.Edges.Count(e => e.From == d.Id(A(m))))),
        (R(@"^How many (positions have no direct reports|nodes have no children)\?$"), (d, _) => N(d.Labels.Keys.Count(id => !d.Edges.Any(e => e.From == id)))),
        (R(@"^Which (position has the most direct reports|node has the most children)\?$"), (d, _) => Unique(d.Labels.Keys.Select(id => (d.Labels[id], d.Edges.Count(e => e.From == id))))),
        (R($"^How many levels below {Q2} is {Q}\\?$"), (d, m) => N(Depth(d, d.Id(A(m))) - Depth(d, d.Id(B(m))))),
        (R($"^Who holds the position {Q}\\?$"), (d, m) => d.Names[d.Id(A(m))]),
        (R($"^What position does {Q} hold\\?$"), (d, m) => d.Labels[d.Names.Single(n => n.Value == A(m)).Key]),
        (R($"^(Does {Q} report directly to {Q2}|Is {Q} a child of {Q2})\\?$"), (d, m) => YesNo(d.Edges.Any(e => e.From == d.Id(B(m)) && e.To == d.Id(A(m))))),
        (R(@"^How many messages are exchanged in the diagram\?$"), (d, _) => N(d.Messages.Count)),
        (R(@"^Which participant sends the first message\?$"), (d, _) => d.Messages[0].From),
        (R(@"^Which participant receives the last message\?$"), (d, _) => d.Messages[^1].To),
        (R($"^How many messages does {Q} send\\?$"), (d, m) => N(d.Messages.Count(x => x.From == A(m)))),
        (R($"^Who receives the message {Q}\\?$"), (d, m) => d.Messages.Single(x => x.Text == A(m)).To),
        (R($"^Which message comes right after {Q}\\?$"), (d, m) => d.Messages[d.Messages.FindIndex(x => x.Text == A(m)) + 1].Text),
        (R(@"^How many messages are drawn as dashed reply arrows\?$"), (d, _) => N(d.Messages.Count(x => x.Reply))),
        (R($"^Does {Q} send any message directly to {Q2}\\?$"), (d, m) => YesNo(d.Messages.Any(x => x.From == A(m) && x.To == B(m)))),
        (R($"^On what date does {Q} start\\?$"), (d, m) => Iso(Task(d, A(m)).Start)),
        (R($"^On what date does {Q} end\\?$"), (d, m) => Iso(Task(d, A(m)).End)),
        (R($"^How many days does {Q} last\\?$"), (d, m) => N(Task(d, A(m)).End.DayNumber - Task(d, A(m)).Start.DayNumber + 1)),
        (R($"^Which task must finish before {Q} can start\\?$"), (d, m) => d.Tasks.Single(t => t.Id == Task(d, A(m)).After).Name),
        (R(@"^Which task takes the longest\?$"), (d, _) => Unique(d.Tasks.Select(t => (t.Name, t.End.DayNumber - t.Start.DayNumber)))),
        (R(@"^How many days does the whole plan span, from the first start to the last end\?$"), (d, _) => N(d.Tasks.Max(t => t.End.DayNumber) - d.Tasks.Min(t => t.Start.DayNumber) + 1)),
        (R(@"^Which task finishes last\?$"), (d, _) => Unique(d.Tasks.Select(t => (t.Name, t.End.DayNumber)))),
        (R($"^How many tasks are in the {Q} section\\?$"), (d, m) => N(d.Tasks.Count(t => t.Section == A(m)))),
        (R($"^Does {Q} start before {Q2}\\?$"), (d, m) => YesNo(Task(d, A(m)).Start < Task(d, B(m)).Start)),
        (R($"^How many attributes does {Q} list\\?$"), (d, m) => N(Entity(d, A(m)).Attributes.Count)),
        (R(@"^Which (class|entity) lists the most attributes\?$"), (d, _) => Unique(d.Entities.Select(e => (e.Name, e.Attributes.Count)))),
        (R($"^What is the relationship from {Q} to {Q2} called\\?$"), (d, m) => d.Relations.Single(r => r.From == A(m) && r.To == B(m)).Label),
        (R($"^How many {Q2} can one {Q} be linked to\\?$"), (d, m) => Multiplicity(d.Relations.Single(r => r.From == A(m) && r.To == B(m)).ToCardinality)),
        (R($"^Which attribute is the primary key of {Q}\\?$"), (d, m) => Entity(d, A(m)).Attributes.Single(a => a.Key == "PK").Name),
        (R($"^Which class does {Q} inherit from\\?$"), (d, m) => d.Parents.Single(p => p.Child == A(m)).Parent),
        (R($"^How many methods does {Q} define\\?$"), (d, m) => N(Entity(d, A(m)).Methods)),
        (R($"^Does {Q} have an attribute named {Q2}\\?$"), (d, m) => YesNo(Entity(d, A(m)).Attributes.Any(a => a.Name == B(m)))),
        (R($"^In which year did {Q} happen\\?$"), (d, m) => N(d.Events.Single(e => e.Label == A(m)).Year)),
        (R(@"^What happened in (?<a>\d{4})\?$"), (d, m) => d.Events.Single(e => N(e.Year) == A(m)).Label),
        (R($"^How many years passed between {Q} and {Q2}\\?$"), (d, m) => N(Math.Abs(d.Events.Single(e => e.Label == B(m)).Year - d.Events.Single(e => e.Label == A(m)).Year))),
        (R(@"^What is the earliest event on the timeline\?$"), (d, _) => d.Events.MinBy(e => e.Year).Label),
        (R(@"^What is the most recent event on the timeline\?$"), (d, _) => d.Events.MaxBy(e => e.Year).Label),
        (R(@"^How many events happened before (?<a>\d{4})\?$"), (d, m) => N(d.Events.Count(e => e.Year < int.Parse(A(m), CultureInfo.InvariantCulture)))),
        (R(@"^How many years does the timeline cover, from its first event to its last\?$"), (d, _) => N(d.Events.Max(e => e.Year) - d.Events.Min(e => e.Year))),
        (R($"^Did {Q} happen before {Q2}\\?$"), (d, m) => YesNo(d.Events.Single(e => e.Label == A(m)).Year < d.Events.Single(e => e.Label == B(m)).Year)),
    ];

    /// <summary>Null when <paramref name="qa"/> is right; otherwise what is wrong.</summary>
    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var d = new CheckerDiagram(json);
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckChoice(d, lines, qa.Answer);
            }

            if (Summaries.Contains(qa.Question))
            {
                var named = qa.Answer.Contains(d.Title, StringComparison.Ordinal) || (d.Kind == "mindmap" && qa.Answer.Contains(d.Labels["root"], StringComparison.Ordinal));
                return qa.Answer.StartsWith("This ", StringComparison.Ordinal) && named && Regex.IsMatch(qa.Answer, $@"\b{d.ItemCount}\b") ? null : $"summary does not name the diagram and its {d.ItemCount} items: {qa.Answer}";
            }

            if (Unanswerable.FirstOrDefault(u => u.IsMatch(qa.Question)) is { } unanswerable)
            {
                var subject = unanswerable.Match(qa.Question).Groups["a"].Value;
                var known = d.Labels.ContainsValue(subject) || d.Messages.Any(m => m.Text == subject) || d.Tasks.Any(t => t.Name == subject) || d.Entities.Any(e => e.Name == subject) || d.Events.Any(e => e.Label == subject);
                return known && qa.Answer == NotAnswerable ? null : $"unanswerable question about '{subject}' answered '{qa.Answer}'";
            }

            var expected = Solve(d, qa.Question);
            return expected == qa.Answer ? null : $"expected '{expected}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string? CheckChoice(CheckerDiagram d, string[] lines, string answer)
    {
        var options = lines.Skip(1).Select(l => Regex.Match(l, @"^(?<k>[A-D])\. (?<v>.+)$")).ToList();
        if (options.Count < 3 || options.Any(o => !o.Success) || options.Select(o => o.Groups["v"].Value).Distinct().Count() != options.Count)
        {
            return "malformed options: " + string.Join(" | ", lines);
        }

        var expected = Solve(d, lines[0]);
        var correct = options.Where(o => o.Groups["v"].Value == expected).Select(o => o.Groups["k"].Value).ToList();
        if (correct.Count != 1)
        {
            return $"expected exactly one option equal to '{expected}' in: {string.Join(" | ", lines)}";
        }

        return correct[0] == answer ? null : $"expected option {correct[0]} but got '{answer}' for: {lines[0]}";
    }

    private static string Solve(CheckerDiagram d, string question)
    {
        foreach (var (pattern, solve) in Rules)
        {
            var match = pattern.Match(question);
            if (match.Success)
            {
                return solve(d, match);
            }
        }

        throw new InvalidOperationException("unrecognised question");
    }

    private static string A(Match m) => m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups.Values.Skip(1).First(g => g.Success && g.Name != "b").Value;

    private static string B(Match m) => m.Groups["b"].Value;

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Directed(CheckerDiagram d, bool directed, Func<string> solve) =>
        d.Directed == directed ? solve() : throw new InvalidOperationException("path wording does not fit the graph's direction");

    private static (string Id, string Name, string Section, DateOnly Start, DateOnly End, string? After) Task(CheckerDiagram d, string name) => d.Tasks.Single(t => t.Name == name);

    private static (string Name, List<(string Name, string? Key)> Attributes, int Methods) Entity(CheckerDiagram d, string name) => d.Entities.Single(e => e.Name == name);

    // The single item with the strictly largest score; a tie makes the question unfair.
    private static string Unique(IEnumerable<(string Label, int Score)> items)
    {
        var ranked = items.OrderByDescending(i => i.Score).ToList();
        return ranked.Count > 1 && ranked[0].Score == ranked[1].Score ? throw new InvalidOperationException("tie for the top") : ranked[0].Label;
    }

    private static int Depth(CheckerDiagram d, string id)
    {
        var depth = 0;
        for (var at = id; d.Edges.FirstOrDefault(e => e.To == at) is { From: { } parent }; at = parent)
        {
            depth++;
        }

        return depth;
    }

    private static string Multiplicity(string cardinality) => cardinality switch
    {
        "1" => "exactly one",
        "0..1" => "zero or one",
        "1..*" => "one or more",
        "*" => "zero or more",
        _ => throw new InvalidOperationException($"unknown multiplicity {cardinality}"),
    };
}
