using Cosyn.Quality.Checks;

namespace Cosyn.Families.Shared.Qa;

/// <summary>The <see cref="QaPair.Type"/> each question family records in <c>samples.jsonl</c>.</summary>
public static class QaFamilyTypes
{
    public static string TypeOf(this QaFamily family) => family switch
    {
        QaFamily.ShortAnswer => QaTypes.ShortAnswer,
        QaFamily.MultipleChoice => QaTypes.MultipleChoice,
        QaFamily.YesNo => QaTypes.YesNo,
        QaFamily.Summary => QaTypes.Summary,
        QaFamily.Unanswerable => QaTypes.Unanswerable,
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown question family"),
    };
}
