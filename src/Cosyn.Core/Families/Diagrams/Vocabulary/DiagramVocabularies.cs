using System.Text.Json;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Diagrams.Vocabulary;

/// <summary>The embedded diagram vocabularies (<c>Vocabulary/*.json</c>), loaded once.</summary>
public static class DiagramVocabularies
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<FlowVocabulary>> LazyFlows = new(() => Load<FlowVocabulary>("flows"));
    private static readonly Lazy<IReadOnlyList<HierarchyVocabulary>> LazyOrgs = new(() => Load<HierarchyVocabulary>("orgs"));
    private static readonly Lazy<IReadOnlyList<HierarchyVocabulary>> LazyTopics = new(() => Load<HierarchyVocabulary>("topics"));
    private static readonly Lazy<IReadOnlyList<StateVocabulary>> LazyStates = new(() => Load<StateVocabulary>("states"));
    private static readonly Lazy<IReadOnlyList<NetworkVocabulary>> LazyNetworks = new(() => Load<NetworkVocabulary>("networks"));
    private static readonly Lazy<IReadOnlyList<ModuleVocabulary>> LazyModules = new(() => Load<ModuleVocabulary>("modules"));
    private static readonly Lazy<IReadOnlyList<SequenceVocabulary>> LazySequences = new(() => Load<SequenceVocabulary>("sequences"));
    private static readonly Lazy<IReadOnlyList<ProjectVocabulary>> LazyProjects = new(() => Load<ProjectVocabulary>("projects"));
    private static readonly Lazy<IReadOnlyList<SchemaVocabulary>> LazySchemas = new(() => Load<SchemaVocabulary>("schemas"));
    private static readonly Lazy<IReadOnlyList<TimelineVocabulary>> LazyTimelines = new(() => Load<TimelineVocabulary>("timelines"));
    private static readonly Lazy<IReadOnlyList<string>> LazyNames = new(() => Load<string>("names"));

    public static IReadOnlyList<FlowVocabulary> Flows => LazyFlows.Value;

    public static IReadOnlyList<HierarchyVocabulary> Organisations => LazyOrgs.Value;

    public static IReadOnlyList<HierarchyVocabulary> Topics => LazyTopics.Value;

    public static IReadOnlyList<StateVocabulary> States => LazyStates.Value;

    public static IReadOnlyList<NetworkVocabulary> Networks => LazyNetworks.Value;

    public static IReadOnlyList<ModuleVocabulary> Modules => LazyModules.Value;

    public static IReadOnlyList<SequenceVocabulary> Sequences => LazySequences.Value;

    public static IReadOnlyList<ProjectVocabulary> Projects => LazyProjects.Value;

    public static IReadOnlyList<SchemaVocabulary> Schemas => LazySchemas.Value;

    public static IReadOnlyList<TimelineVocabulary> Timelines => LazyTimelines.Value;

    /// <summary>Full names for the people on org charts.</summary>
    public static IReadOnlyList<string> PersonNames => LazyNames.Value;

    private static List<T> Load<T>(string name)
    {
        return EmbeddedJson.Read<List<T>>($"Cosyn.Diagrams.Vocabulary.{name}.json", Options);
    }
}
