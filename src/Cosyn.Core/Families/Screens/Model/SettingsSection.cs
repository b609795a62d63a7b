namespace Cosyn.Families.Screens.Model;

public sealed record SettingsSection(string Name, IReadOnlyList<SettingsItem> Items);
