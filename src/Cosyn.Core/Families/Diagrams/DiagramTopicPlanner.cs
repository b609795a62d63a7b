using Cosyn.Families.Diagrams.Vocabulary;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Diagrams;

/// <summary>The topic stage shared by diagram pipelines: figure type (ticket, query, or random) and a persona-fitting subject.</summary>
public static class DiagramTopicPlanner
{
    public static ProceduralTopic Plan(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        ArgumentNullException.ThrowIfNull(random);
        var kind = PickKind(ticket, figureTypes, random);
        IDiagramVocabulary entry = kind switch
        {
            DiagramFigureTypes.Flowchart or DiagramFigureTypes.ProcessDiagram => VocabularyPicker.Pick(DiagramVocabularies.Flows, ticket, random),
            DiagramFigureTypes.OrgChart => VocabularyPicker.Pick(DiagramVocabularies.Organisations, ticket, random),
            DiagramFigureTypes.Mindmap => VocabularyPicker.Pick(DiagramVocabularies.Topics, ticket, random),
            DiagramFigureTypes.Tree => random.Chance(0.5)
                ? VocabularyPicker.Pick(DiagramVocabularies.Topics, ticket, random)
                : VocabularyPicker.Pick(DiagramVocabularies.Organisations, ticket, random),
            DiagramFigureTypes.StateDiagram or DiagramFigureTypes.State => VocabularyPicker.Pick(DiagramVocabularies.States, ticket, random),
            DiagramFigureTypes.Network => VocabularyPicker.Pick(DiagramVocabularies.Networks, ticket, random),
            DiagramFigureTypes.DependencyGraph => VocabularyPicker.Pick(DiagramVocabularies.Modules, ticket, random),
            DiagramFigureTypes.Sequence => VocabularyPicker.Pick(DiagramVocabularies.Sequences, ticket, random),
            DiagramFigureTypes.Gantt => VocabularyPicker.Pick(DiagramVocabularies.Projects, ticket, random),
            DiagramFigureTypes.Class or DiagramFigureTypes.Er => VocabularyPicker.Pick(DiagramVocabularies.Schemas, ticket, random),
            DiagramFigureTypes.Timeline => VocabularyPicker.Pick(DiagramVocabularies.Timelines, ticket, random),
            _ => throw new InvalidOperationException($"no diagram vocabulary for {kind}"),
        };
        return new ProceduralTopic(kind, entry.Title, new DiagramPlan(kind, entry));
    }

    // A routed figure type wins; else a figure type the query names; else any this pipeline draws.
    private static string PickKind(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random) =>
        FigureTypeChoice.Choose(ticket, figureTypes, (query, types, _) => KindFromQuery(query, types), random);

    // The first query word (in QueryWords order) that names a type this pipeline draws; "state diagram" words also name "state".
    private static string? KindFromQuery(string query, IReadOnlyList<string> figureTypes)
    {
        var text = query.ToLowerInvariant() + " ";
        foreach (var (word, type) in DiagramFigureTypes.QueryWords)
        {
            var match = figureTypes.FirstOrDefault(f => f == type || (type == DiagramFigureTypes.StateDiagram && f == DiagramFigureTypes.State));
            if (match is not null && text.Contains(word, StringComparison.Ordinal))
            {
                return match;
            }
        }

        return null;
    }
}
