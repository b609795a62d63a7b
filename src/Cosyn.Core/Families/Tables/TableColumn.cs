namespace Cosyn.Families.Tables;

/// <summary>One value column: name, unit (may be empty), decimals shown, whether values add up, and its header group.</summary>
public sealed record TableColumn(string Name, string Unit, int Decimals, bool Additive, string? Group = null)
{
    /// <summary>Header text: the name, with the unit in parentheses when the column carries its own unit.</summary>
    public string Header(bool withUnit) => withUnit && Unit.Length > 0 ? $"{Name} ({Unit})" : Name;
}
