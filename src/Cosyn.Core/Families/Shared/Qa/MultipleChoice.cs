using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Shared.Qa;

/// <summary>
/// Turns a short-answer question with distractors into multiple choice. Format: the stem, then one option per line
/// (<c>A. ...</c>); the answer is the option letter alone (e.g. <c>B</c>), and the explanation ends by naming letter and text.
/// </summary>
public static class MultipleChoice
{
    private const string Letters = "ABCD";

    /// <summary>Whether <paramref name="question"/> has enough wrong answers for three or four options.</summary>
    public static bool CanConvert(ChartQuestion question) => question?.Distractors.Count >= 2;

    public static ChartQuestion Convert(ChartQuestion question, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(random);
        var options = question.Distractors.Take(3).Append(question.Pair.Answer).ToList();
        random.Shuffle(options);
        var correct = options.IndexOf(question.Pair.Answer);
        var letter = Letters[correct].ToString(CultureInfo.InvariantCulture);
        var text = question.Pair.Question + string.Concat(options.Select((o, i) => $"\n{Letters[i]}. {o}"));
        var explanation = $"{question.Pair.Explanation} That is option {letter} ({question.Pair.Answer}).";
        return question with { Family = QaFamily.MultipleChoice, Pair = new QaPair(text, explanation, letter) };
    }
}
