using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;

namespace Cosyn.Tests.Evaluation.Metrics;

/// <summary>ChartQA's relaxed accuracy as its definition states it: 5 % relative tolerance on numbers, "%" divides by 100, exact string otherwise.</summary>
public sealed class RelaxedAccuracyTests
{
    [Theory]
    [InlineData("100", "105", true)] // exactly 5 % above
    [InlineData("100", "95", true)] // exactly 5 % below
    [InlineData("100", "105.01", false)]
    [InlineData("100", "94.99", false)]
    [InlineData("1", "1.05", true)] // exactly 5 % at a scale where binary floating point would miss it
    [InlineData("-40", "-42", true)]
    [InlineData("-40", "42", false)]
    [InlineData("12.5", "12.5", true)]
    [InlineData("2000", "2,000", false)] // not a number to float(): compared as strings
    public void Numbers_WithinFivePercent_AreCorrect(string target, string prediction, bool correct) =>
        Assert.Equal(correct, RelaxedAccuracy.IsCorrect(target, prediction));

    [Theory]
    [InlineData("12%", "12%", true)]
    [InlineData("12%", "0.12", true)] // 12 % is 0.12
    [InlineData("0.12", "12%", true)]
    [InlineData("12", "12%", false)] // 12 against 0.12
    [InlineData("50%", "52.5%", true)]
    [InlineData("50%", "52.6%", false)]
    public void Percentages_AreDividedByHundred(string target, string prediction, bool correct) =>
        Assert.Equal(correct, RelaxedAccuracy.IsCorrect(target, prediction));

    [Theory]
    [InlineData("Germany", "germany", true)]
    [InlineData("Germany", "GERMANY ", true)]
    [InlineData("Germany", "Germany.", false)]
    [InlineData("0", "0", true)] // a zero target is compared as a string
    [InlineData("0", "0.0", false)]
    [InlineData("0", "0.01", false)]
    public void Text_And_ZeroTargets_MatchAsStrings(string target, string prediction, bool correct) =>
        Assert.Equal(correct, RelaxedAccuracy.IsCorrect(target, prediction));

    [Fact]
    public void Score_TakesTheBestAnswer()
    {
        var reference = new EvalReference("q", ["10", "20"]);
        Assert.Equal(1, new RelaxedAccuracy().Score("20.9", reference));
        Assert.Equal(0, new RelaxedAccuracy().Score("15", reference));
    }
}
