using System.Runtime.CompilerServices;

namespace Cosyn.Tests.Testing;

/// <summary>Compares generated text with a reviewed file under <c>Golden/FOLDER/</c>; COSYN_UPDATE_GOLDEN=1 rewrites the source copy instead.</summary>
internal static class GoldenFile
{
    /// <summary>The seeds a family's golden files are made for.</summary>
    private static readonly long[] Seeds = [4, 7, 42];

    /// <summary>Every pipeline with every golden seed, for a golden theory over a family's pipelines.</summary>
    public static TheoryData<string, long> Cases(IEnumerable<string> pipelines)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        var data = new TheoryData<string, long>();
        foreach (var pipeline in pipelines)
        {
            foreach (var seed in Seeds)
            {
                data.Add(pipeline, seed);
            }
        }

        return data;
    }

    public static void AssertMatches(string folder, string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("COSYN_UPDATE_GOLDEN") == "1")
        {
            var directory = Path.Combine(SourceGoldenDirectory(), folder);
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, file), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", folder, file));
        Assert.Equal(expected, actual);
    }

    private static string SourceGoldenDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden");
}
