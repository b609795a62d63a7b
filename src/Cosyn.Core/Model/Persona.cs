namespace Cosyn.Model;

/// <summary>A persona that conditions topic generation, with its index in the library it came from.</summary>
public sealed record Persona(long Index, string Text);
