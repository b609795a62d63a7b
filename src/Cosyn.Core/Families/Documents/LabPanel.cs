namespace Cosyn.Families.Documents;

/// <summary>A panel of lab tests (clinical, soil, water, concrete) and the domains that order it.</summary>
public sealed record LabPanel(string Name, IReadOnlyList<string> Domains, string Specimen, IReadOnlyList<LabAnalyte> Analytes);
