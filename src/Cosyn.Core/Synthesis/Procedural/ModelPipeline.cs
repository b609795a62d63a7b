using Cosyn.Catalog;

namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// A procedural pipeline over a typed plan and model. Subclasses write typed stages; the untyped
/// <see cref="ProceduralTopic.Plan"/> and <see cref="ProceduralData.Model"/> are converted here and nowhere else.
/// </summary>
/// <typeparam name="TPlan">What the topic stage hands the data stage.</typeparam>
/// <typeparam name="TModel">The typed sample the code and QA are written from.</typeparam>
public abstract class ModelPipeline<TPlan, TModel>(PipelineDefinition definition) : IProceduralPipeline
    where TPlan : notnull
    where TModel : notnull
{
    // The catalog entry is the one source of the name and figure types; subclasses declare it as a static Definition.
    private readonly PipelineDefinition _definition = definition ?? throw new ArgumentNullException(nameof(definition));

    public string Name => _definition.Name;

    public IReadOnlyList<string> FigureTypes => _definition.FigureTypes;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random)
    {
        var topic = PlanTopic(ticket, random);
        _ = Typed<TPlan>(topic.Plan, "topic plan"); // a wrong plan fails in the stage that made it
        return topic;
    }

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var model = BuildModel(Typed<TPlan>(topic.Plan, "topic plan"), random);
        return new ProceduralData(DataText(model), model);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteCode(Typed<TModel>(data.Model, "data model"), random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return WriteQa(Typed<TModel>(data.Model, "data model"), random);
    }

    /// <summary>The figure type, topic line and a <typeparamref name="TPlan"/> plan for the sample.</summary>
    protected abstract ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random);

    /// <summary>The typed sample built from the topic stage's plan.</summary>
    protected abstract TModel BuildModel(TPlan plan, SeededRandom random);

    /// <summary>The text of the sample's <c>data</c> field.</summary>
    protected abstract string DataText(TModel model);

    /// <summary>The tool's code for <paramref name="model"/>, with every value a question may ask about visible.</summary>
    protected abstract string WriteCode(TModel model, SeededRandom random);

    /// <summary>Question-answer pairs computed from <paramref name="model"/>.</summary>
    protected abstract IReadOnlyList<QaPair> WriteQa(TModel model, SeededRandom random);

    private T Typed<T>(object value, string what) => value is T typed
        ? typed
        : throw new InvalidOperationException($"{Name}: the {what} is a {value?.GetType().Name ?? "null"}, not the {typeof(T).Name} this pipeline makes; the stage was handed another pipeline's state.");
}
