using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Mathematics;

/// <summary>
/// The topic stage of math and geometry pipelines: figure type (the ticket's when it names one of ours, else one the
/// query's words point at, else random), then a family of that type (query words again bias it), then the problem itself,
/// so the topic line is the problem's title. The problem rides along as the plan for the data stage.
/// </summary>
public static class MathTopicPlanner
{
    public static ProceduralTopic Plan(SampleTicket ticket, IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> familiesByType, SeededRandom random)
    {
        var (figureType, problem) = Problem(ticket, familiesByType, random);
        return new ProceduralTopic(figureType, problem.Title, problem);
    }

    /// <summary>The figure type and the problem made for it, for a pipeline that wraps the problem in its own plan.</summary>
    public static (string FigureType, MathProblem Problem) Problem(SampleTicket ticket, IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> familiesByType, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(familiesByType);
        ArgumentNullException.ThrowIfNull(random);
        var types = familiesByType.Keys.ToList();
        var query = ticket.Query?.ToLowerInvariant() ?? string.Empty;
        var figureType = FigureTypeChoice.Choose(ticket, types, (_, candidates, r) => QueryPick(candidates, t => [t, .. familiesByType[t].SelectMany(f => f.Keywords)], query, r), random);
        var families = familiesByType[figureType];
        var family = QueryPick(families, f => f.Keywords, query, random) ?? random.Pick(families);
        return (figureType, family.Create(MathContext.For(ticket.Persona.Text), random));
    }

    /// <summary>The item whose words occur most in the query; null when none occurs.</summary>
    private static T? QueryPick<T>(IReadOnlyList<T> items, Func<T, IEnumerable<string>> words, string query, SeededRandom random)
        where T : class
    {
        if (query.Length == 0)
        {
            return null;
        }

        var scored = items.Select(i => (Item: i, Score: words(i).Count(w => query.Contains(w, StringComparison.Ordinal)))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Max(s => s.Score);
        return random.Pick(scored.Where(s => s.Score == best).Select(s => s.Item).ToList());
    }
}
