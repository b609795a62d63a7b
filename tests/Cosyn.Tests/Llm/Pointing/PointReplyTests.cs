using Cosyn.Synthesis.Llm.Parsing;

namespace Cosyn.Tests.Llm.Pointing;

public sealed class PointReplyTests
{
    [Fact]
    public void Parse_FencedReplyWithALoneStringTarget_ReadsEveryQuestion()
    {
        var parsed = PointReply.Parse(PointReplies.Questions());

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(8, parsed.Value!.Count);
        Assert.Equal(["title"], parsed.Value[4].Targets);
        Assert.Equal(["trip-0", "trip-1"], parsed.Value[3].Targets);
    }

    [Fact]
    public void Parse_QuestionWithoutTargets_FailsWithItsNumber()
    {
        var parsed = PointReply.Parse("{\"questions\": [{\"question\": \"Point to the logo.\", \"targets\": [\"logo\"]}, {\"question\": \"Point to the menu.\", \"targets\": []}]}");

        Assert.False(parsed.Ok);
        Assert.Contains("question 2 lacks", parsed.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Point to the Save button, it is top right.")]
    [InlineData("{\"questions\": []}")]
    [InlineData("{\"qa_pairs\": [{\"question\": \"x\"}]}")]
    public void Parse_NoQuestions_Fails(string reply)
    {
        Assert.False(PointReply.Parse(reply).Ok);
    }
}
