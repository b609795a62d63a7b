using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Tables.Qa;

/// <summary>Makes one kind of table question, or declines (null) when the table cannot support it.</summary>
public interface ITableQuestionMaker
{
    ChartQuestion? TryMake(TableFacts facts, SeededRandom random);
}
