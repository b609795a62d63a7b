using Cosyn.Output.Export;

namespace Cosyn.Tests.Output.Export;

public sealed class SplitPlanTests
{
    [Fact]
    public void Build_ConfigOf20OrMore_GetsTheRequestedShareAsValidation()
    {
        var ids = Enumerable.Range(0, 200).Select(i => ("chart", $"chart-s0-{i:D6}")).ToList();

        var plan = SplitPlan.Build(ids, 0.05);

        Assert.Equal(10, ids.Count(i => plan.SplitOf("chart", i.Item2) == SplitName.Validation));
    }

    [Fact]
    public void Build_SmallConfig_HasNoValidation()
    {
        var plan = SplitPlan.Build(Enumerable.Range(0, 19).Select(i => ("table", $"t-{i}")), 0.5);

        Assert.False(plan.HasValidation("table"));
        Assert.Equal(SplitName.Train, plan.SplitOf("table", "t-3"));
    }

    [Fact]
    public void SplitOf_DependsOnTheIdNotTheOrder()
    {
        var ids = Enumerable.Range(0, 100).Select(i => ("chart", $"id-{i}")).ToList();

        var forward = SplitPlan.Build(ids, 0.1);
        var backward = SplitPlan.Build(Enumerable.Reverse(ids), 0.1);

        Assert.All(ids, i => Assert.Equal(forward.SplitOf("chart", i.Item2), backward.SplitOf("chart", i.Item2)));
    }
}
