namespace Cosyn.Families.Diagrams.Model;

/// <summary>A class diagram's generalisation: <paramref name="Child"/> inherits from <paramref name="Parent"/>.</summary>
public sealed record SchemaInheritance(string Child, string Parent);
