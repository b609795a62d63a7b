namespace Cosyn.Families.Charts.Qa;

/// <summary>Makes one kind of question from a family's facts (charts, tables), or null when the kind does not fit them.</summary>
/// <typeparam name="TFacts">What the maker reads: <see cref="ChartFacts"/> or a table's facts.</typeparam>
public abstract class QuestionMaker<TFacts>
    where TFacts : class
{
    /// <summary>A question of this kind about <paramref name="facts"/>, or null when the kind does not fit them.</summary>
    public ChartQuestion? TryMake(TFacts facts, SeededRandom random)
    {
        // Checked once here for every maker, so each maker is only its question.
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        return Fits(facts) ? Make(facts, random) : null;
    }

    /// <summary>Whether the kind can be asked of <paramref name="facts"/> at all (e.g. not of a scatter plot); true unless a maker says otherwise.</summary>
    protected virtual bool Fits(TFacts facts) => true;

    /// <summary>The question, with both arguments known to be non-null and the kind known to fit the facts.</summary>
    protected abstract ChartQuestion? Make(TFacts facts, SeededRandom random);
}
