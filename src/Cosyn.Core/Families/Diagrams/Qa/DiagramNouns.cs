namespace Cosyn.Families.Diagrams.Qa;

/// <summary>What a diagram kind calls its items in questions ("How many states are shown...").</summary>
internal static class DiagramNouns
{
    public static string Plural(string kind) => kind switch
    {
        DiagramFigureTypes.ProcessDiagram => "steps",
        DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State => "states",
        DiagramFigureTypes.OrgChart => "positions",
        DiagramFigureTypes.Sequence => "participants",
        DiagramFigureTypes.Gantt => "tasks",
        DiagramFigureTypes.Class => "classes",
        DiagramFigureTypes.Er => "entities",
        DiagramFigureTypes.Timeline => "events",
        _ => "nodes",
    };

    public static string Singular(string kind) => kind switch
    {
        DiagramFigureTypes.ProcessDiagram => "step",
        DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State => "state",
        DiagramFigureTypes.OrgChart => "position",
        DiagramFigureTypes.Sequence => "participant",
        DiagramFigureTypes.Gantt => "task",
        DiagramFigureTypes.Class => "class",
        DiagramFigureTypes.Er => "entity",
        DiagramFigureTypes.Timeline => "event",
        _ => "node",
    };

    /// <summary>The generic count question every kind gets.</summary>
    public static string CountQuestion(string kind) => $"How many {Plural(kind)} are shown in the diagram?";
}
