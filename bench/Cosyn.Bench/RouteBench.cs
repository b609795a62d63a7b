using System.Diagnostics;
using System.Globalization;
using Cosyn.Routing;

namespace Cosyn.Bench;

/// <summary>
/// Offline routing cost (issue 18): loading the embedding model, embedding the route descriptions, and the latency
/// of one route after that (goal under 20 ms), over everyday queries.
/// </summary>
internal static class RouteBench
{
    private static readonly string[] Queries =
    [
        "monthly rainfall in Seattle", "electricity bill", "software release process", "election results by district",
        "wedding invitation", "benzene derivatives", "derivatives of x squared", "nutrition facts for yogurt",
        "family tree of the royal family", "guitar chords for a pop song", "email inbox", "volume of a cone",
    ];

    public static int Run(int rounds)
    {
        var clock = Stopwatch.StartNew();
        using var embedder = new MiniLmEmbedder();
        var load = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var index = new RouteIndex(embedder, [.. RouteDescriptions.Entries, .. RouteDescriptions.Fallbacks]);
        var build = clock.Elapsed.TotalMilliseconds;
        var router = new OfflineQueryRouter(index, PhraseQueryRouter.Default);
        router.Route("warm up", _ => true);
        var samples = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                clock.Restart();
                router.Route(query, _ => true);
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        var texts = RouteDescriptions.Entries.Concat(RouteDescriptions.Fallbacks).Sum(d => d.Texts.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model load: {load:0} ms; index of {texts} description texts: {build:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"route after load ({samples.Count} queries): median {samples[samples.Count / 2]:0.0} ms, p90 {samples[samples.Count * 9 / 10]:0.0} ms, max {samples[^1]:0.0} ms (goal < 20 ms)"));
        return 0;
    }
}
