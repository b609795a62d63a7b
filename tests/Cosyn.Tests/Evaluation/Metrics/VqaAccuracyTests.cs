using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;

namespace Cosyn.Tests.Evaluation.Metrics;

/// <summary>VQA accuracy: the official normalisation, and min(matches / 3, 1) averaged over the 10 leave-one-out subsets.</summary>
public sealed class VqaAccuracyTests
{
    [Theory]
    [InlineData("two", "2")]
    [InlineData("None", "0")]
    [InlineData("a dog", "dog")]
    [InlineData("The Red Car", "red car")]
    [InlineData("dont", "don't")]
    [InlineData("isnt it", "isn't it")]
    [InlineData("yes.", "yes")]
    [InlineData("3.5", "3.5")] // a period before a digit stays
    [InlineData("1,000", "1000")] // digit,digit: punctuation deleted, not spaced
    [InlineData("black/white", "black white")] // no space next to the mark: it becomes a space
    [InlineData("black / white", "black white")] // a space next to it: deleted
    [InlineData("hello!", "hello")]
    [InlineData("  multi\tword\nanswer ", "multi word answer")]
    public void Normalize_FollowsTheOfficialScript(string text, string expected) =>
        Assert.Equal(expected, VqaNormalizer.Normalize(text));

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.3)] // 9 subsets hold the match (1/3 each), 1 does not: 3/10
    [InlineData(2, 0.6)] // 8 x 2/3 + 2 x 1/3 = 6/10
    [InlineData(3, 0.9)] // 7 x 1 + 3 x 2/3 = 9/10
    [InlineData(4, 1.0)]
    [InlineData(10, 1.0)]
    public void TenAnswers_AverageTheLeaveOneOutSubsets(int matching, double expected)
    {
        var answers = Enumerable.Repeat("two", matching).Concat(Enumerable.Repeat("three", 10 - matching)).ToList();
        Assert.Equal(expected, new VqaAccuracy().Score("2", new EvalReference("q", answers)), 10);
    }

    [Fact]
    public void FewerAnswers_ScoreOneForANormalisedMatch()
    {
        Assert.Equal(1, new VqaAccuracy().Score("A dog.", new EvalReference("q", ["dog"])));
        Assert.Equal(0, new VqaAccuracy().Score("cat", new EvalReference("q", ["dog"])));
    }
}
