namespace Cosyn.Output.Export.Conversations;

/// <summary>One question and the assistant's reply to it.</summary>
public sealed record ConversationTurn(string Question, string Reply);
