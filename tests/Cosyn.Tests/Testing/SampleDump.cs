using System.Text;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Testing;

/// <summary>The human-readable dump of one procedural sample that golden files and previews share.</summary>
internal static class SampleDump
{
    public static string Describe(string pipeline, long seed, ProceduralTopic topic, ProceduralData data, string code, IReadOnlyList<QaPair> qa)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(pipeline).Append(" seed ").Append(seed).Append('\n');
        text.Append("# figure type: ").Append(topic.FigureType).Append('\n');
        text.Append("# topic: ").Append(topic.Topic).Append("\n\n## data\n").Append(data.Text);
        text.Append("\n## code\n").Append(code).Append("\n## qa\n");
        foreach (var pair in qa)
        {
            text.Append("Q: ").Append(pair.Question).Append("\nE: ").Append(pair.Explanation).Append("\nA: ").Append(pair.Answer).Append("\n\n");
        }

        return text.ToString();
    }
}
