using Cosyn.Catalog;
using Cosyn.Randomness;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Synthesis.Procedural;

public sealed class ModelPipelineTests
{
    private static readonly PipelineDefinition Definition =
        new("chart-test", PipelineFamily.Chart, ToolNames.Html, ["bar", "line"], SupportsLlm: false, () => new CountingPipeline());

    [Fact]
    public void NameAndFigureTypes_ComeFromTheDefinition()
    {
        var sut = new CountingPipeline();

        Assert.Equal("chart-test", sut.Name);
        Assert.Same(Definition.FigureTypes, sut.FigureTypes);
    }

    [Fact]
    public void Stages_HandTheTypedPlanAndModelOn()
    {
        var sut = new CountingPipeline();
        var ticket = Ticket();

        var topic = sut.CreateTopic(ticket, new SeededRandom(1));
        var data = sut.CreateData(ticket, topic, new SeededRandom(2));

        Assert.Equal("3 items", data.Text);
        Assert.Equal("code for 3", sut.WriteCode(ticket, topic, data, new SeededRandom(3)));
        Assert.Equal("3?", Assert.Single(sut.WriteQa(ticket, topic, data, new SeededRandom(4))).Question);
    }

    [Fact]
    public void AnotherPipelinesModel_FailsWithAClearMessage()
    {
        var sut = new CountingPipeline();
        var ticket = Ticket();
        var topic = sut.CreateTopic(ticket, new SeededRandom(1));

        var error = Assert.Throws<InvalidOperationException>(() => sut.WriteCode(ticket, topic, new ProceduralData("x", "not a count"), new SeededRandom(3)));

        Assert.Contains("chart-test: the data model is a String, not the Int32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongPlan_FailsInTheTopicStage()
    {
        var sut = new CountingPipeline(wrongPlan: true);

        var error = Assert.Throws<InvalidOperationException>(() => sut.CreateTopic(Ticket(), new SeededRandom(1)));

        Assert.Contains("topic plan", error.Message, StringComparison.Ordinal);
    }

    private static SampleTicket Ticket() => new(0, "t-0", Definition, new Persona(0, "A tester."), 7);

    /// <summary>Plans a count, models it as itself, and writes text that shows which typed value each stage saw.</summary>
    private sealed class CountingPipeline(bool wrongPlan = false) : ModelPipeline<string, int>(Definition)
    {
        protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) =>
            new("bar", "Counting", wrongPlan ? 3 : "3");

        protected override int BuildModel(string plan, SeededRandom random) => int.Parse(plan, System.Globalization.CultureInfo.InvariantCulture);

        protected override string DataText(int model) => $"{model} items";

        protected override string WriteCode(int model, SeededRandom random) => $"code for {model}";

        protected override IReadOnlyList<QaPair> WriteQa(int model, SeededRandom random) => [new QaPair($"{model}?", "because", $"{model}")];
    }
}
