using Cosyn.Families.Points;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Llm.Pointing;

namespace Cosyn.Tests.Llm.Pointing;

public sealed class PointSelectionTests
{
    // A 1000 x 500 image: "save" centred at (150, 100), "row" twice, "edge" centred beyond the right edge.
    private static readonly RenderTargets Targets = new(1000, 500,
    [
        new TargetBox("save", 100, 80, 100, 40),
        new TargetBox("cancel", 300, 80, 100, 40),
        new TargetBox("row", 0, 200, 1000, 30),
        new TargetBox("row", 0, 240, 1000, 30),
        new TargetBox("edge", 980, 400, 60, 20),
    ]);

    [Fact]
    public void Select_UnusableQuestions_AreDroppedAndCountedByReason()
    {
        PointQuestion[] questions =
        [
            new("Point to the Save button.", ["save"]),
            new("Point to the Save and Cancel buttons.", ["save", "cancel"]),
            new("Point to the first row.", ["row"]),
            new("Point to the promo banner.", ["promo"]),
            new("Point to the help link.", ["help"]),
            new("Point to the corner badge.", ["edge"]),
            new("point to the save button", ["save"]),
        ];

        var (set, check) = PointSelection.Select(questions, Targets, ["save", "cancel", "row", "promo", "edge"]);

        Assert.Equal(["Point to the Save button.", "Point to the Save and Cancel buttons."], set.Questions);
        Assert.Equal([new AnswerPoint(15, 20)], set.AnswerPoints[0]);
        Assert.Equal([new AnswerPoint(15, 20), new AnswerPoint(35, 20)], set.AnswerPoints[1]);
        Assert.Equal(7, check.Asked);
        Assert.Equal(2, check.Kept);
        Assert.Equal(
            new Dictionary<string, int> { ["duplicate-target"] = 1, ["hidden-target"] = 1, ["missing-target"] = 1, ["outside-image"] = 1, ["repeated-question"] = 1 },
            check.Dropped);
        Assert.Equal("5 of 7 questions dropped (duplicate-target 1, hidden-target 1, missing-target 1, outside-image 1, repeated-question 1)", PointSelection.Describe(check));
    }

    [Fact]
    public void Usable_IsEveryIdMeasuredOnceAndCentredInTheImage_InPageOrder()
    {
        Assert.Equal(["save", "cancel"], PointMarks.Usable(Targets));
    }

    [Fact]
    public void Declared_ReadsEitherQuoteOnce_InOrder()
    {
        Assert.Equal(["a", "b c", "d"], PointMarks.Declared("<b data-point-target=\"a\">x</b><i DATA-POINT-TARGET = 'b c'></i><p data-point-target=\"a\"></p><p data-point-target=\"d\"></p><p data-point-target=\"\"></p>"));
    }
}
