namespace Cosyn.Families.Screens.Model;

/// <summary>A toggle (<see cref="On"/> set) or a drop-down (<see cref="Value"/> set).</summary>
public sealed record SettingsItem(string Label, string Type, bool? On = null, string? Value = null)
{
    public const string Toggle = "toggle";
    public const string Select = "select";
}
