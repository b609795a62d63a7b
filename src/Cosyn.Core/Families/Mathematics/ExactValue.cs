namespace Cosyn.Families.Mathematics;

/// <summary>
/// An exact number of the form coefficient × √radicand × π^k (k is 0 or 1): enough for school geometry, where
/// lengths are surds and circle measures are multiples of π, and every value stays exact until a question asks to round.
/// </summary>
public readonly record struct ExactValue(Rational Coefficient, long Radicand = 1, bool HasPi = false)
{
    public static implicit operator ExactValue(Rational value) => new(value);

    public static implicit operator ExactValue(long value) => new(new Rational(value));

    /// <summary>Whether this is a plain fraction (no root, no π).</summary>
    public bool IsRational => Radicand == 1 && !HasPi;

    /// <summary>√<paramref name="value"/> for a non-negative integer, simplified to k√m with m square-free.</summary>
    public static ExactValue Sqrt(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        long outside = 1, inside = value;
        for (long f = 2; f * f <= inside; f++)
        {
            while (inside % (f * f) == 0)
            {
                inside /= f * f;
                outside *= f;
            }
        }

        return inside == 0 ? new ExactValue(Rational.Zero) : new ExactValue(new Rational(outside), inside);
    }

    /// <summary><paramref name="coefficient"/> × π.</summary>
    public static ExactValue Pi(Rational coefficient) => new(coefficient, 1, true);

    public static ExactValue FromRational(Rational value) => new(value);

    public static ExactValue FromInt64(long value) => new(new Rational(value));

    /// <summary>This value scaled by a fraction.</summary>
    public ExactValue Times(Rational factor) => this with { Coefficient = Coefficient * factor };

    /// <summary>The value as a double, for rounding and comparisons.</summary>
    public double ToDouble() => Coefficient.ToDouble() * Math.Sqrt(Radicand) * (HasPi ? Math.PI : 1);

    /// <summary>Rounded half away from zero; exact for fractions.</summary>
    public decimal Round(int decimals) => IsRational
        ? Coefficient.ToDecimal(decimals)
        : (decimal)Math.Round(ToDouble(), decimals, MidpointRounding.AwayFromZero);

    /// <summary>The exact form as a textbook writes it: <c>12</c>, <c>3/4</c>, <c>5√2</c>, <c>3√2/2</c>, <c>4π</c>, <c>3π/2</c>.</summary>
    public override string ToString()
    {
        if (IsRational || Coefficient.Numerator == 0)
        {
            return Coefficient.ToString();
        }

        var magnitude = Math.Abs(Coefficient.Numerator);
        var sign = Coefficient.Numerator < 0 ? "-" : string.Empty;
        var head = magnitude == 1 ? string.Empty : magnitude.ToString(CultureInfo.InvariantCulture);
        var root = Radicand == 1 ? string.Empty : "√" + Radicand.ToString(CultureInfo.InvariantCulture);
        var pi = HasPi ? "π" : string.Empty;
        var tail = Coefficient.Denominator == 1 ? string.Empty : "/" + Coefficient.Denominator.ToString(CultureInfo.InvariantCulture);
        return sign + head + root + pi + tail;
    }

    /// <summary>The exact form in LaTeX math: <c>\frac{3\sqrt{2}}{2}</c>, <c>4\pi</c>.</summary>
    public string ToLatex()
    {
        var magnitude = Math.Abs(Coefficient.Numerator);
        var sign = Coefficient.Numerator < 0 ? "-" : string.Empty;
        var root = Radicand == 1 ? string.Empty : $"\\sqrt{{{Radicand.ToString(CultureInfo.InvariantCulture)}}}";
        var pi = HasPi ? "\\pi" : string.Empty;
        var head = magnitude == 1 && (root.Length > 0 || pi.Length > 0) ? string.Empty : magnitude.ToString(CultureInfo.InvariantCulture);
        var top = head + root + pi;
        return Coefficient.Denominator == 1
            ? sign + top
            : $"{sign}\\frac{{{top}}}{{{Coefficient.Denominator.ToString(CultureInfo.InvariantCulture)}}}";
    }
}
