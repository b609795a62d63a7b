namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Generated data, code and QA for a fixed seed per pipeline and figure type, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class DiagramGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var pipeline in DiagramSamples.Pipelines)
        {
            foreach (var figureType in DiagramSamples.Pipeline(pipeline).FigureTypes)
            {
                data.Add(pipeline, figureType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, string figureType)
    {
        var sample = DiagramSamples.Make(pipeline, 7, figureType);
        GoldenFile.AssertMatches(pipeline, $"{figureType.Replace(' ', '-')}-seed-7.txt", sample.Describe());
    }
}
