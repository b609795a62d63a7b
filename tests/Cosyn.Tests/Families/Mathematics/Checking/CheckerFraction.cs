using System.Numerics;

namespace Cosyn.Tests.Families.Mathematics.Checking;

/// <summary>The checker's own exact fraction (BigInteger), deliberately not the production Rational.</summary>
internal readonly record struct CheckerFraction
{
    public CheckerFraction(BigInteger top, BigInteger bottom)
    {
        if (bottom.Sign < 0)
        {
            (top, bottom) = (-top, -bottom);
        }

        var g = BigInteger.GreatestCommonDivisor(top, bottom);
        if (g.IsZero)
        {
            g = 1;
        }

        Top = top / g;
        Bottom = bottom / g;
    }

    public BigInteger Top { get; }

    public BigInteger Bottom { get; }

    public static implicit operator CheckerFraction(long value) => new(value, 1);

    public static CheckerFraction operator +(CheckerFraction a, CheckerFraction b) => new((a.Top * b.Bottom) + (b.Top * a.Bottom), a.Bottom * b.Bottom);

    public static CheckerFraction operator -(CheckerFraction a, CheckerFraction b) => new((a.Top * b.Bottom) - (b.Top * a.Bottom), a.Bottom * b.Bottom);

    public static CheckerFraction operator *(CheckerFraction a, CheckerFraction b) => new(a.Top * b.Top, a.Bottom * b.Bottom);

    public static CheckerFraction operator /(CheckerFraction a, CheckerFraction b) => new(a.Top * b.Bottom, a.Bottom * b.Top);

    public static CheckerFraction Parse(string text)
    {
        var parts = text.Split('/');
        return new CheckerFraction(BigInteger.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? BigInteger.Parse(parts[1], CultureInfo.InvariantCulture) : 1);
    }

    public double ToDouble() => (double)Top / (double)Bottom;

    /// <summary>Half away from zero to cents, as a till does.</summary>
    public CheckerFraction ToCents()
    {
        var hundred = Top * 100;
        var q = BigInteger.DivRem(BigInteger.Abs(hundred), Bottom, out var r);
        if (r * 2 >= Bottom)
        {
            q += 1;
        }

        return new CheckerFraction(hundred.Sign < 0 ? -q : q, 100);
    }

    /// <summary>Decimal text rounded half away from zero to 2 places, trailing zeros trimmed.</summary>
    public string Rounded2()
    {
        var cents = ToCents();
        var value = (decimal)cents.Top / (decimal)cents.Bottom;
        return value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    public bool TerminatesWithin2 => (Top * 100 % Bottom).IsZero;

    public override string ToString() => Bottom.IsOne ? Top.ToString(CultureInfo.InvariantCulture) : $"{Top}/{Bottom}";
}
