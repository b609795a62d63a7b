using Cosyn.Families.Circuits;
using Cosyn.Families.Circuits.Writers.Latex;
using Cosyn.Tests.Families.Circuits.Checking;

namespace Cosyn.Tests.Families.Circuits;

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
    public void Checker_RejectsEveryCorruptedAnswer() =>
        RoutedSamples.AssertCheckerRejectsCorruptedAnswers(Pipeline, (s, qa) => CircuitAnswerChecker.Check(s.Data.Text, qa), CircuitAnswerChecker.NotAnswerable, "This circuit diagram");

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = RoutedSamples.Make(Pipeline, 1);
        Assert.Contains("unrecognised", CircuitAnswerChecker.Check(sample.Data.Text, new QaPair("What colour are the wires?", "Black.", "Black")));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix() => RoutedSamples.AssertQuestionMix(Pipeline, CircuitAnswerChecker.NotAnswerable, "This circuit diagram");

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
}
