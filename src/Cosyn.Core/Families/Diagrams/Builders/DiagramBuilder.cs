using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Vocabulary;

namespace Cosyn.Families.Diagrams.Builders;

/// <summary>The data stage: the planned kind's builder over the planned vocabulary entry.</summary>
public static class DiagramBuilder
{
    public static Diagram Build(DiagramPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Entry switch
        {
            FlowVocabulary flow => FlowchartBuilder.Build(flow, plan.Kind, random),
            HierarchyVocabulary hierarchy => TreeBuilder.Build(hierarchy, plan.Kind, plan.Kind == DiagramFigureTypes.OrgChart, random),
            StateVocabulary machine => StateMachineBuilder.Build(machine, plan.Kind, random),
            NetworkVocabulary network => NetworkBuilder.Build(network, plan.Kind, random),
            ModuleVocabulary modules => DependencyBuilder.Build(modules, plan.Kind, random),
            SequenceVocabulary script => SequenceBuilder.Build(script, plan.Kind, random),
            ProjectVocabulary project => GanttBuilder.Build(project, plan.Kind, random),
            SchemaVocabulary schema => SchemaBuilder.Build(schema, plan.Kind, random),
            TimelineVocabulary timeline => TimelineBuilder.Build(timeline, plan.Kind, random),
            _ => throw new InvalidOperationException($"no builder for {plan.Entry.GetType().Name}"),
        };
    }
}
