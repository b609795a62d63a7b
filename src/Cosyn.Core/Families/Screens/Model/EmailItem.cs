namespace Cosyn.Families.Screens.Model;

public sealed record EmailItem(string Sender, string Subject, string Time, bool Unread, bool Starred, string? Label);
