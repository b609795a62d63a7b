namespace Cosyn.Families.Shared.Qa;

/// <summary>The paper's question families; a sample gets at least 5 short answers, 2 multiple choice and one of each other.</summary>
public enum QaFamily
{
    ShortAnswer,
    MultipleChoice,
    YesNo,
    Summary,
    Unanswerable,
}
