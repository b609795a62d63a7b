using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Llm.Layout;

namespace Cosyn.Tests.Llm.Pointing;

public sealed class PointTargetReviewTests
{
    [Fact]
    public void Find_EveryMarkMeasuredOnce_FindsNothing()
    {
        var code = PointReplies.FixedPage;

        Assert.Empty(PointTargetReview.Find(code, PointReplies.Stacked(code)));
    }

    [Fact]
    public void Find_ReusedAndHiddenMarks_NamesThemForTheCodeModel()
    {
        var code = PointReplies.FirstPage;

        var findings = PointTargetReview.Find(code, PointReplies.Stacked(code, "cancel"));

        Assert.All(findings, f => Assert.Equal(("point-targets", false), (f.Name, f.Passed)));
        Assert.Equal(3, findings.Count);
        Assert.Contains("marks used more than once: 'trip' on 3 elements", findings[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not visible in the image (hidden, zero-size, clipped or off the page): 'cancel'", findings[1].Reason, StringComparison.Ordinal);
        Assert.Contains("only 2 marked elements can be pointed at", findings[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NoMarks_AsksForThem()
    {
        var finding = Assert.Single(PointTargetReview.Find("<html><body><button>Save</button></body></html>", null));

        Assert.Contains("no element carries a data-point-target attribute", finding.Reason, StringComparison.Ordinal);
    }
}
