namespace Cosyn.Families.Diagrams.Model;

/// <summary>The node roles builders assign and writers map to shapes.</summary>
public static class NodeRoles
{
    public const string Start = "start";
    public const string End = "end";
    public const string Process = "process";
    public const string Decision = "decision";
    public const string State = "state";
    public const string Initial = "initial";
    public const string Final = "final";
    public const string Node = "node";
    public const string Root = "root";
    public const string Branch = "branch";
    public const string Leaf = "leaf";
}
