using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>The questions one diagram family can ask about its typed model; answers computed from the structure.</summary>
internal interface IDiagramQuestionSet
{
    /// <summary>Short-answer candidates (fresh random choices on every call).</summary>
    IEnumerable<ChartQuestion> ShortAnswers(SeededRandom random);

    ChartQuestion YesNo(SeededRandom random);

    ChartQuestion Unanswerable(SeededRandom random);

    /// <summary>The summary answer: starts with "This KIND", names the title and the item count.</summary>
    string Summary();
}
