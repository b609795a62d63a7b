using Cosyn.Families.Circuits;
using Cosyn.Families.Circuits.Writers.Latex;

namespace Cosyn.Tests.Families.Circuits;

/// <summary>circuit-latex beyond the answer checks every routed pipeline shares (<see cref="RoutedAnswerCheckerTests"/>): queries pick the figure type, component values come from the E series.</summary>
public sealed class CircuitLatexAnswerTests
{
    private static readonly CircuitLatexPipeline Pipeline = new();

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
