using Cosyn.Routing;

namespace Cosyn.Tests.Routing;

/// <summary>One row of <c>EverydayRequests.tsv</c>: a request and the routes acceptable for it.</summary>
internal sealed record EverydayRequest(string Query, IReadOnlyList<string> Acceptable)
{
    public static IReadOnlyList<EverydayRequest> All { get; } = [.. RepoFiles.Read("tests/Cosyn.Tests/Routing/EverydayRequests.tsv")
        .Split('\n')
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(cells => new EverydayRequest(cells[0], cells[1].Trim().Split('|')))];

    /// <summary>Whether <paramref name="route"/> (the heaviest of a decision) is one this request accepts.</summary>
    public bool Accepts(PipelineRoute route) => Acceptable.Any(pattern =>
    {
        var target = RouteTarget.Parse(pattern);
        return Glob(target.Pipeline).IsMatch(route.Pipeline.Name)
            && (target.FigureType is null || route.FigureTypes.Any(Glob(target.FigureType).IsMatch));
    });

    /// <summary>Whether <paramref name="pattern"/> names <paramref name="target"/>.</summary>
    public static bool Names(string pattern, RouteTarget target)
    {
        var parsed = RouteTarget.Parse(pattern);
        return Glob(parsed.Pipeline).IsMatch(target.Pipeline) && (parsed.FigureType is null || (target.FigureType is not null && Glob(parsed.FigureType).IsMatch(target.FigureType)));
    }

    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
