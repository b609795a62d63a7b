namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Writes sample dumps and code files to COSYN_DIAGRAM_PREVIEW (a folder) for eyeballing; does nothing when it is unset.</summary>
public sealed class DiagramPreviewTests
{
    [Fact]
    public void WritesPreviews_WhenAskedTo()
    {
        var folder = Environment.GetEnvironmentVariable("COSYN_DIAGRAM_PREVIEW");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var pipeline in DiagramSamples.Pipelines)
        {
            foreach (var figureType in DiagramSamples.Pipeline(pipeline).FigureTypes)
            {
                for (var seed = 0; seed < 3; seed++)
                {
                    var sample = DiagramSamples.Make(pipeline, seed, figureType);
                    var name = $"{pipeline}-{figureType.Replace(' ', '_')}-{seed}";
                    File.WriteAllText(Path.Combine(folder, name + ".txt"), DiagramSamples.Describe(sample));
                    File.WriteAllText(Path.Combine(folder, name + ".code"), sample.Code);
                }
            }
        }
    }
}
