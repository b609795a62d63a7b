using Cosyn.Families.Circuits;
using Cosyn.Families.Circuits.Writers.Latex;
using Cosyn.Tests.Families.Charts;

namespace Cosyn.Tests.Families.Circuits;

/// <summary>Generated circuit data, circuitikz code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class CircuitLatexGoldenTests
{
    public static TheoryData<string, long, string> Cases => new()
    {
        { "series-3", 3, CircuitFigureTypes.Series },
        { "parallel-4", 4, CircuitFigureTypes.Parallel },
        { "divider-5", 5, CircuitFigureTypes.Divider },
        { "rc-6", 6, CircuitFigureTypes.Rc },
        { "rlc-7", 7, CircuitFigureTypes.Rlc },
        { "op-amp-8", 8, CircuitFigureTypes.OpAmp },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string figureType) =>
        GoldenFile.AssertMatches("circuit-latex", $"{name}.txt", ChartSamples.Describe(RoutedSamples.Make(new CircuitLatexPipeline(), seed, figureType)));
}
