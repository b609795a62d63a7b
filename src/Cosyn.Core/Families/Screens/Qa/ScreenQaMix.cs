using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Draws the paper's mix from a <see cref="ScreenQuestionSet"/>: 5+ short answers (varied kinds), 2 multiple choice, 1 yes/no, 1 summary, 1 unanswerable.</summary>
public static class ScreenQaMix
{
    public static IReadOnlyList<QaPair> Draw(ScreenQuestionSet set, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(random);
        var pool = set.Shorts.DistinctBy(q => q.Pair.Question).ToList();
        random.Shuffle(pool);
        var choices = QaMix.Choices(pool);
        var shorts = QaMix.Spread([], [.. pool.Except(choices)]);
        var result = new List<QaPair>();
        result.AddRange(shorts.Select(q => q.Typed));
        result.AddRange(choices.Select(q => MultipleChoice.Convert(q, random).Typed));
        result.Add(random.Pick(set.YesNo).Typed);
        if (set.YesNo.Count > 1)
        {
            result.Add(random.Pick(set.YesNo).Typed);
        }

        result.Add(set.Summary.Typed);
        result.Add(random.Pick(set.Unanswerable).Typed);
        return [.. result.DistinctBy(q => q.Question)];
    }
}
