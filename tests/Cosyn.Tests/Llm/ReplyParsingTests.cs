using Cosyn.Synthesis.Llm.Parsing;
using Cosyn.Synthesis.Llm.Prompting;

namespace Cosyn.Tests.Llm;

public sealed class ReplyParsingTests
{
    private const string Unanswerable = "The chart does not provide this information.";

    [Theory]
    [InlineData("```python\nprint(1)\n```", "print(1)")]
    [InlineData("Here you go:\n```py\nprint(1)\n```\nThis prints 1.", "print(1)")]
    [InlineData("print(1)", "print(1)")]
    [InlineData("```python\nprint(1)\nprint(2)", "print(1)\nprint(2)")]
    [InlineData("```text\nnotes\n```\n```python\nprint(1)\n```", "print(1)")]
    public void Code_FencedUnfencedOrUnclosed_ReturnsTheCode(string reply, string expected)
    {
        Assert.Equal(expected, ReplyText.Code(reply, "python"));
    }

    [Fact]
    public void Code_EmptyReply_IsAParseFailure()
    {
        var parsed = CodeReply.Parse("   \n", "python");

        Assert.False(parsed.Ok);
        Assert.Equal("it contains no code", parsed.Problem);
    }

    [Theory]
    [InlineData("{\"a\": 1}")]
    [InlineData("Sure! {\"a\": 1} Hope that helps {you}.")]
    [InlineData("```json\n{\"a\": 1}\n```\nDone.")]
    [InlineData("{\"a\": 1}\n\nNote: values are invented.")]
    public void Json_WithProseOrFences_ExtractsTheObject(string reply)
    {
        Assert.Equal("{\"a\": 1}", ReplyText.Json(reply));
    }

    [Fact]
    public void Json_BracesInsideStrings_DoNotConfuseTheScanner()
    {
        Assert.Equal("{\"a\": \"}{\"}", ReplyText.Json("text {\"a\": \"}{\"} more"));
    }

    [Fact]
    public void Topics_NumberedListWithoutJson_IsAccepted()
    {
        var parsed = TopicReply.Parse("1. Tide tables for Halifax\n2) Ferry delays in March\n- Harbour cranes by age");

        Assert.Equal(["Tide tables for Halifax", "Ferry delays in March", "Harbour cranes by age"], parsed.Value);
    }

    [Theory]
    [InlineData("Region,Sales\nNorth,12\nSouth", "CSV row 2 has 1 fields but the header has 2")]
    [InlineData("Sales\n12", "at least two comma-separated columns")]
    [InlineData("Region,Sales", "a header row and at least one data row")]
    public void Csv_Malformed_SaysWhy(string reply, string problem)
    {
        var parsed = DataReply.Parse(reply, DataForms.Csv);

        Assert.False(parsed.Ok);
        Assert.Contains(problem, parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_QuotedCommas_CountAsOneField()
    {
        Assert.True(DataReply.Parse("```csv\nCity,Visitors\n\"Washington, D.C.\",12\n```", DataForms.Csv).Ok);
    }

    [Theory]
    [InlineData("```smiles\nCC(=O)Oc1ccccc1C(=O)O\n```", "CC(=O)Oc1ccccc1C(=O)O")]
    [InlineData("CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C")]
    public void Smiles_FencedOrBare_IsTheString(string reply, string expected)
    {
        Assert.Equal(expected, DataReply.Parse(reply, DataForms.Smiles).Value);
    }

    [Fact]
    public void Smiles_Prose_IsRejected()
    {
        Assert.False(DataReply.Parse("Aspirin is a common drug", DataForms.Smiles).Ok);
    }

    [Fact]
    public void QuestionSolution_MissingSolution_IsRejected()
    {
        Assert.False(DataReply.Parse("{\"question\": \"Find x.\"}", DataForms.QuestionSolution).Ok);
        Assert.True(DataReply.Parse("{\"question\": \"Find x.\", \"solution\": \"x = 2\"}", DataForms.QuestionSolution).Ok);
    }

    [Fact]
    public void Qa_LooseAnswers_AreNormalisedToTheConventions()
    {
        var parsed = QaReply.Parse(ScriptedReplies.ValidQa(), Unanswerable);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(["B", "A", "Yes"], parsed.Value!.Skip(5).Take(3).Select(p => p.Answer));
        Assert.Equal(Unanswerable, parsed.Value![^1].Answer);
    }

    [Fact]
    public void Qa_ShortMix_NamesWhatIsMissing()
    {
        var reply = ScriptedReplies.ValidQa().Replace("\"type\":\"summary\"", "\"type\":\"short-answer\"", StringComparison.Ordinal);

        var parsed = QaReply.Parse(reply, Unanswerable);

        Assert.False(parsed.Ok);
        Assert.Contains("1 summary (got 0)", parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Qa_MultipleChoiceLetterNotAmongOptions_IsRejected()
    {
        var reply = ScriptedReplies.ValidQa().Replace("B. South", "D", StringComparison.Ordinal);

        Assert.Contains("is not the letter of an option", QaReply.Parse(reply, Unanswerable).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Qa_YesNoAnsweredWithANumber_IsRejected()
    {
        var reply = ScriptedReplies.ValidQa().Replace("\"answer\":\"yes\"", "\"answer\":\"18\"", StringComparison.Ordinal);

        Assert.Contains("not Yes or No", QaReply.Parse(reply, Unanswerable).Problem, StringComparison.Ordinal);
    }
}
