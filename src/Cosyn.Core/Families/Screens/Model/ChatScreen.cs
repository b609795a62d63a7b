namespace Cosyn.Families.Screens.Model;

/// <summary>A chat conversation as the signed-in user (<see cref="Me"/>) sees it: their bubbles on the right.</summary>
public sealed record ChatScreen(string Screen, string App, string Channel, string Me, IReadOnlyList<string> Participants, IReadOnlyList<ChatMessage> Messages) : IScreen;
