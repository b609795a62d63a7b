using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;

namespace Cosyn.Tests.Evaluation.Metrics;

/// <summary>ANLS as DocVQA defines it: 1 - NL when the normalised Levenshtein distance NL is below 0.5, else 0; max over answers.</summary>
public sealed class AnlsTests
{
    [Fact]
    public void Identical_IgnoringCaseAndSpaces_ScoresOne() =>
        Assert.Equal(1, Anls.Similarity("Total  Amount", " total amount "));

    [Fact]
    public void OneEditInFour_ScoresThreeQuarters() =>
        Assert.Equal(0.75, Anls.Similarity("abcd", "abce"), 10);

    [Fact]
    public void DistanceJustBelowThreshold_KeepsItsSimilarity() =>
        Assert.Equal(0.6, Anls.Similarity("abcde", "abfgh"[..2] + "cxy"), 10); // "abcxy": 2 edits of 5, NL 0.4

    [Fact]
    public void DistanceExactlyAtThreshold_ScoresZero() =>
        Assert.Equal(0, Anls.Similarity("abcd", "abxy")); // 2 edits of 4: NL 0.5 is not below 0.5

    [Fact]
    public void LongerPrediction_IsNormalisedByTheLongerString() =>
        Assert.Equal(1 - (2.0 / 6), Anls.Similarity("1234", "123456"), 10);

    [Fact]
    public void Score_IsTheMaximumOverAnswers()
    {
        var reference = new EvalReference("q", ["invoice", "INV-2041"]);
        Assert.Equal(1, new Anls().Score("inv-2041", reference));
        Assert.Equal(0, new Anls().Score("receipt", reference));
    }
}
