using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;

namespace Cosyn.Tests.Evaluation.Metrics;

public sealed class ExactMatchTests
{
    [Theory]
    [InlineData("Yes", "yes", 1)]
    [InlineData("New  York", " new york ", 1)]
    [InlineData("42", "42.0", 0)]
    [InlineData("Yes", "Yes.", 0)]
    public void IgnoresCaseAndSpacing_Only(string answer, string prediction, double expected) =>
        Assert.Equal(expected, new ExactMatch().Score(prediction, new EvalReference("q", [answer])));
}
