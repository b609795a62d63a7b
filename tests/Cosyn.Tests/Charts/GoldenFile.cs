using System.Runtime.CompilerServices;

namespace Cosyn.Tests.Charts;

/// <summary>Compares text with a checked-in file under Golden/PIPELINE/; COSYN_UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class GoldenFile
{
    public static void Check(string pipeline, string name, string actual)
    {
        var file = $"{name}.txt";
        if (Environment.GetEnvironmentVariable("COSYN_UPDATE_GOLDEN") == "1")
        {
            var dir = Path.Combine(SourceGoldenDirectory(), pipeline);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, file), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", pipeline, file));
        Assert.Equal(expected, actual);
    }

    private static string SourceGoldenDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden");
}
