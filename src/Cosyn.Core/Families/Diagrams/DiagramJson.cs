using System.Text.Json.Nodes;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Diagrams;

/// <summary>
/// Writes a diagram's <c>data</c> text, JSON as the paper's diagram pipelines have the LLM write it. Every shape has
/// <c>kind</c> and <c>title</c>, then:
/// <code>
/// graph kinds:   "directed": bool, "nodes": [{"id", "label", "type", "name"?}], "edges": [{"from", "to", "label"?}]
/// sequence:      "participants": [str], "messages": [{"from", "to", "text", "reply": bool}]
/// gantt:         "sections": [{"name", "tasks": [{"id", "name", "start", "end", "days", "after"?}]}]   (ISO dates, end inclusive)
/// class, er:     "entities": [{"name", "attributes": [{"name", "type", "key"?}], "methods"?}],
///                "relationships": [{"from", "to", "label", "from_cardinality", "to_cardinality"}], "inheritance"?: [{"child", "parent"}]
/// timeline:      "events": [{"year", "event"}]
/// </code>
/// </summary>
public static class DiagramJson
{
    public static string Write(Diagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var json = new JsonObject { ["kind"] = diagram.Kind, ["title"] = diagram.Title };
        switch (diagram)
        {
            case GraphDiagram graph:
                json["directed"] = graph.Directed;
                json["nodes"] = Array(graph.Nodes.Select(n => Optional(new JsonObject { ["id"] = n.Id, ["label"] = n.Label, ["type"] = n.Role }, "name", n.Detail)));
                json["edges"] = Array(graph.Edges.Select(e => Optional(new JsonObject { ["from"] = e.From, ["to"] = e.To }, "label", e.Label)));
                break;
            case SequenceDiagram sequence:
                json["participants"] = Array(sequence.Participants.Select(p => JsonValue.Create(p)));
                json["messages"] = Array(sequence.Messages.Select(m => new JsonObject { ["from"] = m.From, ["to"] = m.To, ["text"] = m.Text, ["reply"] = m.Reply }));
                break;
            case GanttDiagram gantt:
                json["sections"] = Array(gantt.Sections.Select(s => new JsonObject
                {
                    ["name"] = s,
                    ["tasks"] = Array(gantt.Tasks.Where(t => t.Section == s).Select(t => Optional(
                        new JsonObject { ["id"] = t.Id, ["name"] = t.Name, ["start"] = Iso(t.Start), ["end"] = Iso(t.End), ["days"] = t.Days }, "after", t.After))),
                }));
                break;
            case SchemaDiagram schema:
                json["entities"] = Array(schema.Entities.Select(e =>
                {
                    var entity = new JsonObject
                    {
                        ["name"] = e.Name,
                        ["attributes"] = Array(e.Attributes.Select(a => Optional(new JsonObject { ["name"] = a.Name, ["type"] = a.Type }, "key", a.Key))),
                    };
                    if (e.Methods.Count > 0)
                    {
                        entity["methods"] = Array(e.Methods.Select(m => JsonValue.Create(m)));
                    }

                    return entity;
                }));
                json["relationships"] = Array(schema.Relations.Select(r => new JsonObject
                {
                    ["from"] = r.From,
                    ["to"] = r.To,
                    ["label"] = r.Label,
                    ["from_cardinality"] = r.FromCardinality,
                    ["to_cardinality"] = r.ToCardinality,
                }));
                if (schema.Inheritance.Count > 0)
                {
                    json["inheritance"] = Array(schema.Inheritance.Select(i => new JsonObject { ["child"] = i.Child, ["parent"] = i.Parent }));
                }

                break;
            case TimelineDiagram timeline:
                json["events"] = Array(timeline.Events.Select(e => new JsonObject { ["year"] = e.Year, ["event"] = e.Label }));
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {diagram.GetType().Name}");
        }

        return json.ToJsonString(DataJson.SerializerOptions);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    private static JsonObject Optional(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }

        return json;
    }
}
