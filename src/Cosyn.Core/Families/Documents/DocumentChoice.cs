namespace Cosyn.Families.Documents;

/// <summary>A set of checkboxes on a form, exactly one ticked.</summary>
public sealed record DocumentChoice(string Label, IReadOnlyList<string> Options, string Selected);
