namespace Cosyn.Families.Screens.Model;

/// <summary>An email client's inbox list, newest first.</summary>
public sealed record InboxScreen(string Screen, string App, string Account, string Folder, IReadOnlyList<string> Labels, IReadOnlyList<EmailItem> Emails) : IScreen;
