namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>One Markdown code block of a reply: its info-string language (lower case, may be empty) and body.</summary>
public sealed record FencedBlock(string Language, string Body);
