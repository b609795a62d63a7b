using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Graphics.Checking;

/// <summary>
/// An independent oracle for infographic, icon-panel and map QA: reads only the <c>data</c> JSON, parses each
/// question's text and recomputes the answer (lookups, extremes, sums, means, road routes and counts).
/// </summary>
public static class GraphicAnswerChecker
{
    public const string NotAnswerable = "The graphic does not provide this information.";

    public static string? Check(string json, QaPair qa)
    {
        ArgumentNullException.ThrowIfNull(qa);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        try
        {
            var lines = qa.Question.Split('\n');
            if (lines.Length > 1)
            {
                return CheckerChoices.Check(lines, qa.Answer, q => Solve(root, q));
            }

            if (qa.Question == "Summarize the graphic.")
            {
                var title = root.GetProperty("title").GetString()!;
                return qa.Answer.StartsWith("This ", StringComparison.Ordinal) && qa.Answer.Contains(title, StringComparison.Ordinal) ? null : "summary does not name the graphic: " + qa.Answer;
            }

            var answer = Solve(root, qa.Question);
            return answer == qa.Answer ? null : $"expected '{answer}' but got '{qa.Answer}' for: {qa.Question}";
        }
        catch (InvalidOperationException ex)
        {
            return $"{ex.Message} for: {qa.Question}";
        }
    }

    private static string Solve(JsonElement root, string q)
    {
        Match m;
        bool Is(string pattern) => (m = Regex.Match(q, "^" + pattern + "$")).Success;
        string G(string name) => m.Groups[name].Value;
        if (root.GetProperty("kind").GetString() == "map")
        {
            var roads = root.GetProperty("roads").EnumerateArray().Select(r => (From: r.GetProperty("from").GetString()!, To: r.GetProperty("to").GetString()!, Km: r.GetProperty("km").GetDecimal())).ToList();
            decimal Road(string a, string b) => roads.Single(r => (r.From == a && r.To == b) || (r.From == b && r.To == a)).Km;
            if (Is(@"How long is the road between (?<a>.+) and (?<b>.+), in km\?"))
            {
                return Num(Road(G("a"), G("b")));
            }

            if (Is(@"What is the length of the (?<w>shortest|longest) road on the map, in km\?"))
            {
                return Num(G("w") == "shortest" ? roads.Min(r => r.Km) : roads.Max(r => r.Km));
            }

            if (Is(@"How many places are labelled on the map\?"))
            {
                return Num(root.GetProperty("places").GetArrayLength());
            }

            if (Is(@"What distance does the scale bar represent, in km\?"))
            {
                return Num(root.GetProperty("scale_km").GetDecimal());
            }

            if (Is(@"What is the total length of all roads on the map, in km\?"))
            {
                return Num(roads.Sum(r => r.Km));
            }

            if (Is(@"What is the distance from (?<a>.+) to (?<c>.+) via (?<b>.+) along the roads, in km\?"))
            {
                return Num(Road(G("a"), G("b")) + Road(G("b"), G("c")));
            }

            if (Is(@"How many roads meet at (?<p>.+)\?"))
            {
                return Num(roads.Count(r => r.From == G("p") || r.To == G("p")));
            }

            if (Is(@"Is the road between (?<a>.+) and (?<b>.+) longer than the road between (?<c>.+) and (?<d>.+)\?"))
            {
                return Road(G("a"), G("b")) > Road(G("c"), G("d")) ? "Yes" : "No";
            }

            if (Is(@"What is the speed limit on the road between .+\?"))
            {
                return NotAnswerable;
            }

            throw new InvalidOperationException("unrecognised question");
        }

        var stats = root.GetProperty("stats").EnumerateArray().Select(s => (Label: s.GetProperty("label").GetString()!, Value: s.GetProperty("value").GetDecimal())).ToList();
        decimal Value(string label) => stats.Single(s => s.Label == label).Value;
        if (Is(@"What .+? does the graphic show for (?<l>.+)\?"))
        {
            return Num(Value(G("l")));
        }

        if (Is(@"Which category has the (?<w>highest|lowest) .+\?"))
        {
            var ordered = stats.OrderBy(s => s.Value).ToList();
            return G("w") == "highest" ? ordered[^1].Label : ordered[0].Label;
        }

        if (Is(@"What is the total .+ across all categories shown\?"))
        {
            return Num(stats.Sum(s => s.Value));
        }

        if (Is(@"What is the difference in .+ between (?<a>.+) and (?<b>.+)\?"))
        {
            return Num(Value(G("a")) - Value(G("b")));
        }

        if (Is(@"How many categories does the graphic show\?"))
        {
            return Num(stats.Count);
        }

        if (Is(@"What is the average .+ of the categories shown\? Round to 2 decimal places\."))
        {
            return Num(Math.Round(stats.Sum(s => s.Value) / stats.Count, 2, MidpointRounding.AwayFromZero));
        }

        if (Is(@"Is the .+ of (?<a>.+) greater than that of (?<b>.+)\?"))
        {
            return Value(G("a")) > Value(G("b")) ? "Yes" : "No";
        }

        if (Is(@"What was the .+ of .+ in the previous year\?"))
        {
            return NotAnswerable;
        }

        throw new InvalidOperationException("unrecognised question");
    }

    private static string Num(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
