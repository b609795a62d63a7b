namespace Cosyn.Families.Screens.Model;

public sealed record ChatMessage(string Sender, string Time, string Text);
