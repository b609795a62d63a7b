using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cosyn.Evaluation;

/// <summary>
/// The <c>--json</c> form of a report: every metric's overall percentage as a top-level key (<c>exact_match</c>,
/// <c>anls</c>, <c>relaxed_accuracy</c>, <c>vqa_accuracy</c>, ...), <c>count</c>, the 95 % intervals, the breakdowns,
/// and the missing and unknown ids.
/// </summary>
public static class EvaluationJson
{
    public static string Write(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject();
        foreach (var (key, summary) in report.Overall.Metrics)
        {
            root[key] = Round(summary.Mean);
        }

        root["count"] = report.Overall.Count;
        root["answered"] = report.Overall.Count - report.Missing.Count;
        root["intervals"] = Intervals(report.Overall);
        var breakdown = new JsonObject();
        foreach (var (dimension, groups) in report.Breakdowns)
        {
            breakdown[dimension] = new JsonArray([.. groups.Select(Group)]);
        }

        root["breakdown"] = breakdown;
        root["missing"] = new JsonArray([.. report.Missing.Select(id => (JsonNode?)id)]);
        root["unknown"] = new JsonArray([.. report.Unknown.Select(id => (JsonNode?)id)]);
        return root.ToJsonString(new JsonSerializerOptions(CosynJson.Indented));
    }

    private static JsonObject Group(EvalGroup group)
    {
        var node = new JsonObject { ["name"] = group.Name, ["count"] = group.Count };
        foreach (var (key, summary) in group.Metrics)
        {
            node[key] = Round(summary.Mean);
        }

        node["intervals"] = Intervals(group);
        return node;
    }

    private static JsonObject Intervals(EvalGroup group)
    {
        var node = new JsonObject();
        foreach (var (key, summary) in group.Metrics)
        {
            node[key] = new JsonArray(Round(summary.Low), Round(summary.High));
        }

        return node;
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
