using System.Globalization;
using Cosyn.Model;
using Cosyn.Pipelines.CircuitLatex;
using Cosyn.Tests.Checkers;
using Cosyn.Tests.Procedural;

namespace Cosyn.Tests.Circuits;

/// <summary>Every circuit answer agrees with the independent checker, which reads only the netlist JSON and the question.</summary>
public sealed class CircuitLatexAnswerTests
{
    private const int Seeds = 300;

    private static readonly CircuitLatexPipeline Pipeline = new();

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var (failures, checkedCount) = RoutedSamples.Sweep(Pipeline, Seeds, (s, qa) => CircuitAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= Seeds * Pipeline.FigureTypes.Count * 10);
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var figureType in Pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 10; seed++)
            {
                var sample = RoutedSamples.Make(Pipeline, seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    var wrong = qa with { Answer = Corrupt(qa.Answer) };
                    Assert.True(CircuitAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = RoutedSamples.Make(Pipeline, 1);
        Assert.Contains("unrecognised", CircuitAnswerChecker.Check(sample.Data.Text, new QaPair("What colour are the wires?", "Black.", "Black")));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix()
    {
        foreach (var figureType in Pipeline.FigureTypes)
        {
            for (var seed = 0; seed < 60; seed++)
            {
                var qa = RoutedSamples.Make(Pipeline, seed, figureType).Qa;
                var mix = RoutedSamples.Mix(qa, CircuitAnswerChecker.NotAnswerable, "This circuit diagram");
                Assert.True(mix.Short >= 5 && mix.Choice >= 2 && mix.YesNo >= 1 && mix.Unanswerable >= 1 && mix.Summary >= 1, $"{figureType} seed {seed}: {mix}");
                Assert.Equal(qa.Count, qa.Select(q => q.Question).Distinct().Count());
            }
        }
    }

    [Theory]
    [InlineData("simple RC filter schematics", CircuitFigureTypes.Rc)]
    [InlineData("op-amp amplifier circuits", CircuitFigureTypes.OpAmp)]
    [InlineData("voltage divider diagrams", CircuitFigureTypes.Divider)]
    public void Query_PicksTheMatchingFigureType(string query, string expected)
    {
        for (var seed = 0; seed < 5; seed++)
        {
            Assert.Equal(expected, RoutedSamples.Make(Pipeline, seed, query: query).Topic.FigureType);
        }
    }

    [Fact]
    public void ComponentValues_ComeFromTheE12OrE24Series()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var spec = (CircuitSpec)RoutedSamples.Make(Pipeline, seed).Data.Model;
            foreach (var part in spec.Parts)
            {
                var mantissa = part.Value;
                while (mantissa >= 10)
                {
                    mantissa /= 10;
                }

                while (mantissa < 1)
                {
                    mantissa *= 10;
                }

                Assert.Contains(mantissa, ESeries.E24);
            }
        }
    }

    // A wrong answer of the same shape: numbers shift, Yes flips, option letters move, text changes.
    private static string Corrupt(string answer) => answer switch
    {
        "Yes" => "No",
        "No" => "Yes",
        "A" => "B",
        "B" or "C" or "D" => "A",
        CircuitAnswerChecker.NotAnswerable => "42",
        _ when answer.StartsWith("This circuit", StringComparison.Ordinal) => answer[..40],
        _ when decimal.TryParse(answer, CultureInfo.InvariantCulture, out var n) => (n + 1).ToString(CultureInfo.InvariantCulture),
        _ => "Something else",
    };
}
