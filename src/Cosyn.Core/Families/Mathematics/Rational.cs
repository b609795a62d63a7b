namespace Cosyn.Families.Mathematics;

/// <summary>An exact fraction in lowest terms with a positive denominator; checked arithmetic so an overflow is loud, never silent.</summary>
public readonly record struct Rational : IComparable<Rational>
{
    public Rational(long numerator, long denominator = 1)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException("a rational needs a non-zero denominator");
        }

        var sign = denominator < 0 ? -1 : 1;
        var gcd = Gcd(Math.Abs(numerator), Math.Abs(denominator));
        Numerator = checked(sign * numerator / gcd);
        Denominator = checked(sign * denominator / gcd);
    }

    public long Numerator { get; }

    public long Denominator { get; }

    public static Rational Zero => new(0);

    public static Rational One => new(1);

    public bool IsInteger => Denominator == 1;

    public static implicit operator Rational(long value) => new(value);

    public static Rational operator +(Rational a, Rational b) => new(checked((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator -(Rational a, Rational b) => new(checked((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator)), checked(a.Denominator * b.Denominator));

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(checked(a.Numerator * b.Numerator), checked(a.Denominator * b.Denominator));

    public static Rational operator /(Rational a, Rational b) => new(checked(a.Numerator * b.Denominator), checked(a.Denominator * b.Numerator));

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Add(Rational a, Rational b) => a + b;

    public static Rational Subtract(Rational a, Rational b) => a - b;

    public static Rational Multiply(Rational a, Rational b) => a * b;

    public static Rational Divide(Rational a, Rational b) => a / b;

    public static Rational Negate(Rational a) => -a;

    public static Rational FromInt64(long value) => new(value);

    /// <summary>Integer power (non-negative exponent).</summary>
    public Rational Pow(int exponent)
    {
        var result = One;
        for (var i = 0; i < exponent; i++)
        {
            result *= this;
        }

        return result;
    }

    public int CompareTo(Rational other) => checked(Numerator * other.Denominator).CompareTo(checked(other.Numerator * Denominator));

    public double ToDouble() => (double)Numerator / Denominator;

    /// <summary>Whether the value has a finite decimal expansion of at most <paramref name="decimals"/> places.</summary>
    public bool IsDecimal(int decimals)
    {
        var scaled = this * (long)Math.Pow(10, decimals);
        return scaled.IsInteger;
    }

    /// <summary>Rounded half away from zero to <paramref name="decimals"/> places, computed exactly.</summary>
    public decimal ToDecimal(int decimals) => Math.Round((decimal)Numerator / Denominator, decimals, MidpointRounding.AwayFromZero);

    /// <summary><c>7</c>, <c>-3/4</c>.</summary>
    public override string ToString() => IsInteger
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
