using Cosyn.Randomness;
using Cosyn.Synthesis.Procedural.Qa;

namespace Cosyn.Synthesis.Procedural.Tables.Qa;

/// <summary>Makes one kind of table question, or declines (null) when the table cannot support it.</summary>
public interface ITableQuestionMaker
{
    ChartQuestion? TryMake(TableFacts facts, SeededRandom random);
}
