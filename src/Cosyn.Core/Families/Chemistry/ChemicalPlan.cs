namespace Cosyn.Families.Chemistry;

/// <summary>The topic stage's choice: which compound, how it is drawn, and (for a highlight) which group.</summary>
public sealed record ChemicalPlan(CatalogCompound Compound, string FigureType, string? HighlightGroup);
