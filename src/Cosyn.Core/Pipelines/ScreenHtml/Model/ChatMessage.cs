namespace Cosyn.Pipelines.ScreenHtml.Model;

public sealed record ChatMessage(string Sender, string Time, string Text);
