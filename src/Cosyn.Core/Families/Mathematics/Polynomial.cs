namespace Cosyn.Families.Mathematics;

/// <summary>A polynomial with rational coefficients (index = power): evaluation, derivative, antiderivative and printing.</summary>
public sealed class Polynomial(IReadOnlyList<Rational> coefficients)
{
    public IReadOnlyList<Rational> Coefficients { get; } = coefficients;

    public int Degree => Coefficients.Count - 1;

    public Rational At(Rational x)
    {
        var result = Rational.Zero;
        for (var i = Coefficients.Count - 1; i >= 0; i--)
        {
            result = (result * x) + Coefficients[i];
        }

        return result;
    }

    public Polynomial Derivative() => new([.. Coefficients.Skip(1).Select((c, i) => c * (i + 1))]);

    /// <summary>The antiderivative with zero constant.</summary>
    public Polynomial Antiderivative() => new([Rational.Zero, .. Coefficients.Select((c, i) => c / (i + 1))]);

    /// <summary>Plain text, e.g. <c>2x^3 - x + 5</c> (LaTeX-compatible; fractions as <c>\frac</c> when <paramref name="latex"/>).</summary>
    public string Format(bool latex)
    {
        var text = new StringBuilder();
        for (var i = Coefficients.Count - 1; i >= 0; i--)
        {
            var c = Coefficients[i];
            if (c.Numerator == 0)
            {
                continue;
            }

            var magnitude = c < Rational.Zero ? -c : c;
            text.Append(text.Length == 0 ? (c < Rational.Zero ? "-" : string.Empty) : (c < Rational.Zero ? " - " : " + "));
            var number = latex && !magnitude.IsInteger ? $"\\frac{{{magnitude.Numerator}}}{{{magnitude.Denominator}}}" : magnitude.ToString();
            if (i == 0 || magnitude != Rational.One)
            {
                text.Append(number);
            }

            text.Append(i switch { 0 => string.Empty, 1 => "x", _ => $"x^{i}" });
        }

        return text.Length == 0 ? "0" : text.ToString();
    }
}
