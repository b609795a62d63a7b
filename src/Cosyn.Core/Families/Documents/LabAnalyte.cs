namespace Cosyn.Families.Documents;

/// <summary>One test with its unit, reference range and reporting decimals.</summary>
public sealed record LabAnalyte(string Name, string Unit, decimal Low, decimal High, int Decimals);
