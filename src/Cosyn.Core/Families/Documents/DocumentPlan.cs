namespace Cosyn.Families.Documents;

/// <summary>The topic stage's choices: kind, persona domain, who issues the document, and the subject (a food, recipe, panel, menu style, ...).</summary>
public sealed record DocumentPlan(string Kind, string Domain, string Issuer, string Subject);
