using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Diagrams.Qa.DiagramQa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Questions on class and ER diagrams: entity and line counts, attributes, keys, relationship names, multiplicities, parents.</summary>
internal sealed class SchemaQuestions(SchemaDiagram schema) : IDiagramQuestionSet
{
    private readonly List<string> _names = [.. schema.Entities.Select(e => e.Name)];

    /// <summary>Reads a multiplicity the way the diagram's notation says it.</summary>
    public static string Multiplicity(string cardinality) => cardinality switch
    {
        "1" => "exactly one",
        "0..1" => "zero or one",
        "1..*" => "one or more",
        _ => "zero or more",
    };

    public IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random)
    {
        var noun = DiagramNouns.Singular(schema.Kind);
        yield return Count("count", DiagramNouns.CountQuestion(schema.Kind), $"The diagram has boxes for {ChartWords.List(_names)}: {_names.Count}.", _names.Count);
        var lines = schema.Relations.Count + schema.Inheritance.Count;
        yield return Count("edges", "How many connecting lines are drawn in the diagram?", $"{schema.Relations.Count} named relationships{(schema.Inheritance.Count > 0 ? $" and {schema.Inheritance.Count} inheritance arrows" : string.Empty)} give {lines}.", lines);
        var entity = random.Pick(schema.Entities);
        yield return Count("attributes", $"How many attributes does {Quote(entity.Name)} list?", $"The {entity.Name} box lists {ChartWords.List([.. entity.Attributes.Select(a => a.Name)])}: {entity.Attributes.Count}.", entity.Attributes.Count);
        var widest = schema.Entities.OrderByDescending(e => e.Attributes.Count).ToList();
        if (widest[0].Attributes.Count > widest[1].Attributes.Count)
        {
            yield return Short("most-attributes", $"Which {noun} lists the most attributes?", $"{widest[0].Name} lists {widest[0].Attributes.Count} attributes; the next, {widest[1].Name}, lists {widest[1].Attributes.Count}.", widest[0].Name, widest.Skip(1).Take(3).Select(e => e.Name));
        }

        var unique = schema.Relations.Where(r => schema.Relations.Count(o => o.From == r.From && o.To == r.To) == 1).ToList();
        var relation = random.Pick(unique);
        yield return Label("relation", $"What is the relationship from {Quote(relation.From)} to {Quote(relation.To)} called?", $"The line between {relation.From} and {relation.To} is labelled {Quote(relation.Label)}.", relation.Label, [.. schema.Relations.Select(r => r.Label)], random);
        relation = random.Pick(unique);
        var many = Multiplicity(relation.ToCardinality);
        yield return Short("multiplicity", $"How many {Quote(relation.To)} can one {Quote(relation.From)} be linked to?", $"At the {relation.To} end of the {Quote(relation.Label)} line the notation reads {relation.ToCardinality}, meaning {many}.", many, ["exactly one", "zero or one", "one or more", "zero or more"]);
        if (schema.Kind == DiagramFigureTypes.Er)
        {
            var keyed = random.Pick(schema.Entities);
            var key = keyed.Attributes.First(a => a.Key == "PK").Name;
            yield return Label("primary-key", $"Which attribute is the primary key of {Quote(keyed.Name)}?", $"In the {keyed.Name} box, {key} is marked PK.", key, [.. keyed.Attributes.Select(a => a.Name)], random);
        }
        else
        {
            if (schema.Inheritance.Count > 0)
            {
                var child = random.Pick(schema.Inheritance);
                yield return Label("parent", $"Which class does {Quote(child.Child)} inherit from?", $"The hollow-headed arrow from {child.Child} points to {child.Parent}.", child.Parent, _names, random);
            }

            var withMethods = random.Pick(schema.Entities);
            yield return Count("methods", $"How many methods does {Quote(withMethods.Name)} define?", withMethods.Methods.Count == 0 ? $"The {withMethods.Name} box lists no methods." : $"The {withMethods.Name} box lists {ChartWords.List([.. withMethods.Methods])}: {withMethods.Methods.Count}.", withMethods.Methods.Count);
        }
    }

    public ChartQuestion YesNo(SeededRandom random)
    {
        var entity = random.Pick(schema.Entities);
        var attribute = random.Chance(0.5) ? random.Pick(entity.Attributes).Name : random.Pick(schema.Entities.SelectMany(e => e.Attributes).Select(a => a.Name).ToList());
        var yes = entity.Attributes.Any(a => a.Name == attribute);
        return DiagramQa.YesNo("has-attribute", $"Does {Quote(entity.Name)} have an attribute named {Quote(attribute)}?", $"{entity.Name} lists {ChartWords.List([.. entity.Attributes.Select(a => a.Name)])}; {attribute} is {(yes ? string.Empty : "not ")}among them.", yes);
    }

    public ChartQuestion Unanswerable(SeededRandom random) =>
        DiagramQa.Unanswerable("no-rows", $"How many records does {Quote(random.Pick(schema.Entities).Name)} currently hold?", "The diagram describes the structure of the data, not how much data exists.");

    public string Summary()
    {
        var kind = schema.Kind == DiagramFigureTypes.Er ? "ER diagram" : "class diagram";
        return $"This {kind} titled \"{schema.Title}\" models {schema.Entities.Count} {DiagramNouns.Plural(schema.Kind)} ({ChartWords.List(_names)}) joined by {schema.Relations.Count} relationships{(schema.Inheritance.Count > 0 ? $" and {schema.Inheritance.Count} inheritance links" : string.Empty)}.";
    }
}
