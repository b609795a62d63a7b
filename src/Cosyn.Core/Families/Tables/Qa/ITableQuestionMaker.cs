using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Tables.Qa;

/// <summary>Makes one kind of table question, or declines (null) when the table cannot support it.</summary>
public interface ITableQuestionMaker
{
    ChartQuestion? TryMake(TableFacts facts, SeededRandom random);
}
