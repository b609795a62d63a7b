namespace Cosyn.Tests.Testing.Checking;

/// <summary>The paper's question mix, recognised by answer shape: short answers, multiple choice, yes/no, unanswerable, summary.</summary>
/// <param name="Short">Short (extractive or computed) answers.</param>
/// <param name="Choice">Multiple-choice questions.</param>
/// <param name="YesNo">Yes/no questions.</param>
/// <param name="Unanswerable">Questions answered with the family's "cannot be answered" sentence.</param>
/// <param name="Summary">Summary questions, answered by a sentence starting with the family's summary opening.</param>
internal readonly record struct QuestionMix(int Short, int Choice, int YesNo, int Unanswerable, int Summary)
{
    /// <summary>Counts the families in <paramref name="qa"/>; <paramref name="notAnswerable"/> lists the family's unanswerable sentences.</summary>
    public static QuestionMix Of(IReadOnlyList<QaPair> qa, string summaryStart, params string[] notAnswerable)
    {
        ArgumentNullException.ThrowIfNull(qa);
        var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
        var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
        var unanswerable = qa.Count(q => notAnswerable.Contains(q.Answer));
        var summary = qa.Count(q => q.Answer.StartsWith(summaryStart, StringComparison.Ordinal));
        return new(qa.Count - choice - yesNo - unanswerable - summary, choice, yesNo, unanswerable, summary);
    }

    /// <summary>Asserts at least five short answers, two multiple-choice, one of each other kind, and no repeated question.</summary>
    public static void AssertPapersMix(IReadOnlyList<QaPair> qa, string context, string summaryStart, params string[] notAnswerable)
    {
        var mix = Of(qa, summaryStart, notAnswerable);
        Assert.True(mix.Short >= 5 && mix.Choice >= 2 && mix.YesNo >= 1 && mix.Unanswerable >= 1 && mix.Summary >= 1, $"{context}: {mix}");
        Assert.Equal(qa.Count, qa.Select(q => q.Question).Distinct().Count());
    }
}
