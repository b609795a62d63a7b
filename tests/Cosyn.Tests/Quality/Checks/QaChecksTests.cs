using Cosyn.Quality.Checks;
using static Cosyn.Tests.Quality.QualityFixtures;

namespace Cosyn.Tests.Quality.Checks;

public sealed class QaChecksTests
{
    private const string Choice = "Which region is largest?\nA. North\nB. South";

    [Fact]
    public async Task A_multiple_choice_answer_outside_its_options_fails()
    {
        var bad = await Run(new MultipleChoiceAnswerCheck(), Sample(pairs: new QaPair(Choice, "South has 5. That is option D.", "D")), Chart(), null);
        Assert.False(bad.Passed);
        Assert.Equal("pair 1: answer 'D' is not among options A, B", bad.Reason);
        Assert.True((await Run(new MultipleChoiceAnswerCheck(), Sample(pairs: new QaPair(Choice, "That is option B.", "B")), Chart(), null)).Passed);
    }

    [Fact]
    public async Task A_yes_no_question_answered_maybe_fails_whether_or_not_its_type_is_recorded()
    {
        var derived = await Run(new YesNoAnswerCheck(), Sample(pairs: new QaPair("Is South larger than North?", "5 > 3.", "maybe")), Chart(), null);
        Assert.False(derived.Passed);
        Assert.Equal("pair 1: yes/no question answered 'maybe'", derived.Reason);
        var recorded = await Run(new YesNoAnswerCheck(), Sample(pairs: new QaPair("South vs North: larger?", "5 > 3.", "Perhaps", "yes-no")), Chart(), null);
        Assert.False(recorded.Passed);
    }

    [Fact]
    public async Task An_explanation_that_never_states_the_answer_fails()
    {
        var bad = await Run(new ExplanationAnswerCheck(), Sample(pairs: new QaPair("Which region is largest?", "North has 3.", "South")), Chart(), null);
        Assert.False(bad.Passed);
        Assert.True((await Run(new ExplanationAnswerCheck(), Sample(), Chart(), null)).Passed);
    }

    [Fact]
    public async Task A_question_asked_twice_fails()
    {
        var pair = new QaPair("Which region is largest?", "South.", "South");
        var result = await Run(new DuplicateQuestionCheck(), Sample(pairs: [pair, pair with { Question = "Which region is largest ?" }]), Chart(), null);
        Assert.False(result.Passed);
    }

    [Fact]
    public async Task An_extractive_answer_missing_from_the_image_fails()
    {
        var result = await Run(new AnswerVisibleCheck(), Sample(), Chart(), Layout(new Cosyn.Rendering.Layout.TextBox("North", 0, 0, 30, 16)));
        Assert.False(result.Passed);
        Assert.Contains("missing 'South'", result.Reason);
    }

    [Theory]
    [InlineData("Is it up?", "No", "yes-no")]
    [InlineData("Pick one\nA. x1\nB. y2", "A", "multiple-choice")]
    [InlineData("What is the fee?", "The chart does not provide this information.", "unanswerable")]
    [InlineData("Summarize the chart.", "It shows.", "summary")]
    [InlineData("Is the top bar North or South?", "South", "short-answer")]
    public void Types_are_derived_from_the_pair_shape(string question, string answer, string type) =>
        Assert.Equal(type, QaTypes.Of(new QaPair(question, "because", answer)));
}
