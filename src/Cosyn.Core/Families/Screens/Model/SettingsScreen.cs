namespace Cosyn.Families.Screens.Model;

/// <summary>A settings page: the signed-in account and sections of toggles and drop-downs.</summary>
public sealed record SettingsScreen(string Screen, string App, string User, string Email, IReadOnlyList<SettingsSection> Sections) : IScreen;
