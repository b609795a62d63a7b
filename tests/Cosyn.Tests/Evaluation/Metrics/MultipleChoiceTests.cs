using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;

namespace Cosyn.Tests.Evaluation.Metrics;

/// <summary>Multiple choice: a prediction names the answer's option by letter or by the option's text.</summary>
public sealed class MultipleChoiceTests
{
    private const string Question = "Which month had the most sales?\nA. January\nB. March\nC. July\nD. October";

    private static readonly EvalReference Reference = new("q", ["B"], Question);

    [Theory]
    [InlineData("B")]
    [InlineData("b")]
    [InlineData("(B)")]
    [InlineData("B.")]
    [InlineData("B. March")]
    [InlineData("B) March")]
    [InlineData("March")]
    [InlineData("march.")]
    [InlineData("The answer is B.")]
    [InlineData("Answer: (B)")]
    public void LetterOrOptionText_OfTheAnswer_IsCorrect(string prediction) =>
        Assert.Equal(1, new MultipleChoice().Score(prediction, Reference));

    [Theory]
    [InlineData("A")]
    [InlineData("July")]
    [InlineData("C. July")]
    [InlineData("Bananas")]
    [InlineData("E")] // not an option
    [InlineData("")]
    public void OtherOptions_OrNoOption_AreWrong(string prediction) =>
        Assert.Equal(0, new MultipleChoice().Score(prediction, Reference));

    [Fact]
    public void AnswerGivenAsOptionText_MatchesALetterPrediction() =>
        Assert.Equal(1, new MultipleChoice().Score("B", new EvalReference("q", ["March"], Question)));

    [Fact]
    public void QuestionWithoutOptions_FallsBackToExactMatch()
    {
        Assert.Equal(1, new MultipleChoice().Score("march", new EvalReference("q", ["March"], "Which month?")));
        Assert.False(MultipleChoice.Applies(new EvalReference("q", ["March"], "Which month?")));
        Assert.True(MultipleChoice.Applies(Reference));
    }
}
