namespace Cosyn.Tests.Families.Tables;

/// <summary>Writes sample dumps to COSYN_TABLE_PREVIEW (a folder) for eyeballing; does nothing when it is unset.</summary>
public sealed class TablePreviewTests
{
    [Fact]
    public void WritesPreviews_WhenAskedTo()
    {
        var folder = Environment.GetEnvironmentVariable("COSYN_TABLE_PREVIEW");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var pipeline in TableSamples.Pipelines)
        {
            for (var seed = 0; seed < 8; seed++)
            {
                var sample = TableSamples.Make(pipeline, seed);
                File.WriteAllText(Path.Combine(folder, $"{pipeline}-{seed}.txt"), TableSamples.Describe(sample));
                File.WriteAllText(Path.Combine(folder, $"{pipeline}-{seed}.code"), sample.Code);
            }
        }
    }
}
