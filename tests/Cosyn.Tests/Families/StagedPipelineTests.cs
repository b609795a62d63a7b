using Cosyn.Catalog;
using Cosyn.Families;
using Cosyn.Randomness;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Families;

public sealed class StagedPipelineTests
{
    private static readonly PipelineDefinition Definition =
        new("table-staged", PipelineFamily.Table, ToolNames.Latex, ["small", "large"], SupportsLlm: false, () => new WordPipeline());

    [Fact]
    public void EachStage_IsTheFamilysStageOrTheToolsWriter()
    {
        var sut = new WordPipeline();
        var ticket = new SampleTicket(0, "t-0", Definition, new Persona(0, "A reader."), 5);

        var topic = sut.CreateTopic(ticket, new SeededRandom(1));
        var data = sut.CreateData(ticket, topic, new SeededRandom(2));

        Assert.Equal("small, large", topic.Topic);
        Assert.Equal("WORDS", data.Text);
        Assert.Equal("<WORDS>", sut.WriteCode(ticket, topic, data, new SeededRandom(3)));
        Assert.Equal("words?", Assert.Single(sut.WriteQa(ticket, topic, data, new SeededRandom(4))).Question);
    }

    [Fact]
    public void MissingStagesOrWriter_AreRejected()
    {
        Assert.Equal("stages", Assert.Throws<ArgumentNullException>(() => new WordPipeline(null, new BracketWriter())).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => new WordPipeline(Stages(), null)).ParamName);
    }

    private static PipelineStages<string, string> Stages() => new(
        (_, figureTypes, _) => new ProceduralTopic(figureTypes[0], string.Join(", ", figureTypes), "words"),
        (plan, _) => plan.ToUpperInvariant(),
        model => model,
        (model, _) => [new QaPair($"{model.ToLowerInvariant()}?", "counted", "1")]);

    /// <summary>Plans the pipeline's figure types as its topic and upper-cases the plan into the model.</summary>
    private sealed class WordPipeline : StagedPipeline<string, string>
    {
        public WordPipeline()
            : this(Stages(), new BracketWriter())
        {
        }

        public WordPipeline(PipelineStages<string, string>? stages, ICodeWriter<string>? writer)
            : base(Definition, stages!, writer!)
        {
        }
    }

    /// <summary>Writes the model in brackets.</summary>
    private sealed class BracketWriter : ICodeWriter<string>
    {
        public string Write(string model, SeededRandom random) => $"<{model}>";
    }
}
