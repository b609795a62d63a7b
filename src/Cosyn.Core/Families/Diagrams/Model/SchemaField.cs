namespace Cosyn.Families.Diagrams.Model;

/// <summary>An entity's attribute; <paramref name="Key"/> is PK, FK or null.</summary>
public sealed record SchemaField(string Name, string Type, string? Key);
