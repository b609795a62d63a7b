using Microsoft.Extensions.AI;

namespace Cosyn.Evaluation.Prediction;

/// <summary>The request for one question: the image as PNG content and the question with LLaVA's short-answer instruction.</summary>
public static class VisionPrompt
{
    /// <summary>The instruction LLaVA's VQA evaluations append, so replies come as benchmark answers, not sentences.</summary>
    public const string ShortAnswerInstruction = "Answer the question using a single word or phrase.";

    public static IList<ChatMessage> Build(byte[] png, string question)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(question);
        return
        [
            new ChatMessage(ChatRole.User, [new DataContent(png, "image/png"), new TextContent(question.Trim() + "\n" + ShortAnswerInstruction)]),
        ];
    }
}
