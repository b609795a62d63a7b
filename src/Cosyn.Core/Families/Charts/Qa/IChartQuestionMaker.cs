namespace Cosyn.Families.Charts.Qa;

/// <summary>Makes one kind of question from chart facts, or null when the kind does not fit this chart.</summary>
public interface IChartQuestionMaker
{
    ChartQuestion? TryMake(ChartFacts facts, SeededRandom random);
}
