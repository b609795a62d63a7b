namespace Cosyn.Pipelines.ScreenHtml.Model;

public sealed record SettingsSection(string Name, IReadOnlyList<SettingsItem> Items);
