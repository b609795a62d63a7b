using Cosyn.Quality.Checks;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Synthesis.Procedural;

/// <summary>Every procedural QA pair records its type where it is made, and the type fits the pair's shape.</summary>
public sealed class QaTypeTests
{
    private static readonly string[] Types = [QaTypes.ShortAnswer, QaTypes.MultipleChoice, QaTypes.YesNo, QaTypes.Summary, QaTypes.Unanswerable];

    public static TheoryData<string> Pipelines() => [.. ProceduralPipelines.All.Where(p => p.Name != "point-html").Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Pipelines))]
    public void Every_pair_records_a_type_that_fits_its_shape(string name)
    {
        var pipeline = ProceduralPipelines.All.Single(p => p.Name == name);
        var problems = new List<string>();
        var counted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var figureType in pipeline.FigureTypes)
        {
            var sample = RoutedSamples.Make(pipeline, 3, figureType);
            foreach (var pair in sample.Qa)
            {
                var type = pair.Type ?? "(none)";
                counted[type] = counted.GetValueOrDefault(type) + 1;
                var problem = type switch
                {
                    _ when !Types.Contains(type) => "no known type",
                    QaTypes.MultipleChoice when QaTypes.Options(pair.Question).Count < 2 => "multiple choice without options",
                    QaTypes.YesNo when !QaTypes.IsYesOrNo(pair.Answer) => "yes/no answered otherwise",
                    QaTypes.Unanswerable when !pair.Answer.EndsWith("does not provide this information.", StringComparison.Ordinal) => "unanswerable with an answer",
                    _ when type != QaTypes.MultipleChoice && QaTypes.Options(pair.Question).Count >= 2 => "options but not multiple choice",
                    _ => null,
                };
                if (problem is not null)
                {
                    problems.Add($"[{figureType}] {type}: {problem}: {pair.Question.Split('\n')[0]} -> {pair.Answer}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.All(Types, t => Assert.True(counted.ContainsKey(t), $"{name} made no {t} pair ({string.Join(", ", counted.Select(c => $"{c.Key} {c.Value}"))})"));
    }
}
