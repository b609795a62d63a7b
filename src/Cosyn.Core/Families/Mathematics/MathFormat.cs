namespace Cosyn.Families.Mathematics;

/// <summary>Numbers and values with units as problems, steps and answers write them.</summary>
public static class MathFormat
{
    /// <summary>A value followed by its unit: <c>12 cm</c>, <c>40°</c>, <c>$18.50</c>.</summary>
    public static string WithUnit(ExactValue value, string unit) => unit switch
    {
        "" => value.ToString(),
        "°" => value + "°",
        "$" => "$" + Money(value),
        _ => value + " " + unit,
    };

    /// <summary>Money with two decimals (exact values are whole cents by construction).</summary>
    public static string Money(ExactValue value) => value.Round(2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An answer number: exact when it terminates within two decimals, else rounded to two.</summary>
    public static string Number(ExactValue value) => value.Round(2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Invariant integer text.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A signed term for an expression: <c>+ 5</c>, <c>- 3</c> (first term without sign handling).</summary>
    public static string PlusMinus(Rational value) => value < Rational.Zero ? "- " + (-value) : "+ " + value;

    /// <summary>A leading term: <c>x</c>, <c>-x</c>, <c>3x</c>.</summary>
    public static string Leading(long coefficient, string variable) => coefficient switch
    {
        1 => variable,
        -1 => "-" + variable,
        _ => Whole(coefficient) + variable,
    };

    /// <summary>A following term with its sign spaced: <c>+ y</c>, <c>- 3y</c>.</summary>
    public static string SignedTerm(long coefficient, string variable) =>
        (coefficient < 0 ? "- " : "+ ") + (Math.Abs(coefficient) == 1 ? variable : Whole(Math.Abs(coefficient)) + variable);
}
