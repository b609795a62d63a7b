namespace Cosyn.Families.Diagrams;

/// <summary>Diagram figure types of the pipeline catalog. Mermaid's "state" is the same model as "state diagram".</summary>
public static class DiagramFigureTypes
{
    public const string Flowchart = "flowchart";
    public const string OrgChart = "org chart";
    public const string StateDiagram = "state diagram";
    public const string State = "state";
    public const string Network = "network";
    public const string DependencyGraph = "dependency graph";
    public const string Sequence = "sequence";
    public const string Gantt = "gantt";
    public const string Class = "class";
    public const string Er = "er";
    public const string Mindmap = "mindmap";
    public const string Timeline = "timeline";
    public const string ProcessDiagram = "process diagram";
    public const string Tree = "tree";

    /// <summary>Words of a user query that point at a figure type (checked in order, first hit wins).</summary>
    public static IReadOnlyList<(string Word, string FigureType)> QueryWords { get; } =
    [
        ("org", OrgChart), ("organi", OrgChart), ("hierarch", Tree), ("tree", Tree), ("state", StateDiagram), ("network", Network),
        ("depend", DependencyGraph), ("sequence", Sequence), ("gantt", Gantt), ("schedule", Gantt), ("class", Class), ("uml", Class),
        ("entity", Er), ("er ", Er), ("database", Er), ("mind", Mindmap), ("timeline", Timeline), ("history", Timeline),
        ("process", ProcessDiagram), ("pipeline", ProcessDiagram), ("flow", Flowchart),
    ];

    /// <summary>Kinds drawn as a hierarchy (edges run parent to child).</summary>
    public static bool IsTree(string kind) => kind is OrgChart or Tree or Mindmap;
}
