using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Testing;

/// <summary>
/// Makes a family's samples the way the engine does (one seeded generator per stage, a figure type or query fixed
/// through the ticket), with the family's test personas from <c>tests/Cosyn.Tests/Families/&lt;Family&gt;/personas.txt</c>.
/// </summary>
internal sealed class FamilySamples(string family)
{
    /// <summary>The family's test personas, one a line; a sample's seed picks one.</summary>
    public string[] Personas { get; } = RepoFiles.Read($"tests/Cosyn.Tests/Families/{family}/personas.txt")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The registered procedural pipeline called <paramref name="name"/>.</summary>
    public static IProceduralPipeline Pipeline(string name) => ProceduralPipelines.All.Single(p => p.Name == name);

    /// <summary>Names of the registered procedural pipelines whose name starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> PipelinesNamed(string prefix) =>
        [.. ProceduralPipelines.All.Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Name)];

    /// <summary>The ticket the engine would give sample <paramref name="seed"/> of <paramref name="pipeline"/>.</summary>
    public SampleTicket Ticket(string pipeline, long seed, string? persona = null, string? query = null, string? figureType = null) =>
        new(seed, $"t-{seed}", PipelineCatalog.Find(pipeline)!, new Persona(seed, persona ?? Personas[seed % Personas.Length]), seed, query, figureType);

    /// <summary>A sample whose figure type the pipeline picks unless <paramref name="figureType"/> or <paramref name="query"/> steers it.</summary>
    public ProceduralSample Make(string pipelineName, long seed, string? figureType = null, string? persona = null, string? query = null) =>
        ProceduralSample.Make(Pipeline(pipelineName), Ticket(pipelineName, seed, persona, query, figureType));
}
