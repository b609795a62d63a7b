using System.Globalization;
using Cosyn.Model;

namespace Cosyn.Output.Export.Conversations;

/// <summary>
/// A sample's questions as conversations: the short answer or (CoT) the explanation then the answer; pointing answers
/// as Molmo-style <c>&lt;point&gt;</c> tags. With a turn limit a sample becomes several conversations, so no QA is lost.
/// </summary>
public static class ConversationTurns
{
    public static IReadOnlyList<IReadOnlyList<ConversationTurn>> Build(Sample sample, AnswerStyle style, int? maxTurns)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var turns = sample.QaPairs.Select(q => new ConversationTurn(q.Question, Reply(q, style))).ToList();
        for (var i = 0; i < (sample.Questions?.Count ?? 0); i++)
        {
            turns.Add(new ConversationTurn(sample.Questions![i], Points(sample.AnswerPoints is { } a && i < a.Count ? a[i] : [], sample.Questions[i])));
        }

        var size = maxTurns is > 0 ? maxTurns.Value : Math.Max(1, turns.Count);
        return turns.Chunk(size).Select(chunk => (IReadOnlyList<ConversationTurn>)chunk).ToList();
    }

    private static string Reply(QaPair pair, AnswerStyle style) =>
        style == AnswerStyle.Cot && !string.IsNullOrWhiteSpace(pair.Explanation) && pair.Explanation.Trim() != pair.Answer.Trim()
            ? $"{pair.Explanation.Trim()}\nAnswer: {pair.Answer}"
            : pair.Answer;

    private static string Points(IReadOnlyList<AnswerPoint> points, string question)
    {
        var alt = System.Net.WebUtility.HtmlEncode(question);
        if (points.Count == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"<point x=\"{points[0].X:0.0}\" y=\"{points[0].Y:0.0}\" alt=\"{alt}\">{alt}</point>");
        }

        var attributes = string.Join(" ", points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"x{i + 1}=\"{p.X:0.0}\" y{i + 1}=\"{p.Y:0.0}\"")));
        return $"<points {attributes} alt=\"{alt}\">{alt}</points>";
    }
}
