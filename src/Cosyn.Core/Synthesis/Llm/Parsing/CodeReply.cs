namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Parses the code stage's (and repair's) reply: the fenced code, or the whole reply when fences are missing.</summary>
public static class CodeReply
{
    public static Parsed<string> Parse(string text, string fence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var code = ReplyText.Code(text, fence);
        return code is null ? ParseOutcome.Fail<string>("it contains no code") : ParseOutcome.Success<string>(code + "\n");
    }
}
