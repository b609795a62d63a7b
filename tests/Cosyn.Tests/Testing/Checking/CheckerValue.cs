using Cosyn.Tests.Families.Mathematics.Checking;

namespace Cosyn.Tests.Testing.Checking;

/// <summary>The checker's exact value: fraction × √radicand × (π or 1), with its own parsing and printing.</summary>
internal readonly record struct CheckerValue(CheckerFraction Coefficient, long Radicand = 1, bool Pi = false)
{
    public static implicit operator CheckerValue(long value) => new(value);

    public static implicit operator CheckerValue(CheckerFraction value) => new(value);

    public bool IsFraction => Radicand == 1 && !Pi;

    public static CheckerValue Root(long n)
    {
        long outside = 1, inside = n;
        for (long f = 2; f * f <= inside; f++)
        {
            while (inside % (f * f) == 0)
            {
                inside /= f * f;
                outside *= f;
            }
        }

        return inside == 0 ? new CheckerValue(0) : new CheckerValue(outside, inside);
    }

    public static CheckerValue TimesPi(CheckerFraction c) => new(c, 1, true);

    public double ToDouble() => Coefficient.ToDouble() * Math.Sqrt(Radicand) * (Pi ? Math.PI : 1);

    public string Rounded2() => IsFraction
        ? Coefficient.Rounded2()
        : Math.Round(ToDouble(), 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public override string ToString()
    {
        if (IsFraction || Coefficient.Top.IsZero)
        {
            return Coefficient.ToString();
        }

        var top = Coefficient.Top;
        var sign = top.Sign < 0 ? "-" : string.Empty;
        var magnitude = System.Numerics.BigInteger.Abs(top);
        return sign + (magnitude.IsOne ? string.Empty : magnitude.ToString(CultureInfo.InvariantCulture)) +
            (Radicand == 1 ? string.Empty : "√" + Radicand.ToString(CultureInfo.InvariantCulture)) + (Pi ? "π" : string.Empty) +
            (Coefficient.Bottom.IsOne ? string.Empty : "/" + Coefficient.Bottom.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads <c>7</c>, <c>-3/4</c>, <c>5√2</c>, <c>√3/2</c>, <c>4π</c>, <c>-π/3</c>.</summary>
    public static CheckerValue Parse(string text)
    {
        var m = Regex.Match(text, @"^(?<s>-?)(?<k>\d*)(?:√(?<r>\d+))?(?<p>π)?(?:/(?<d>\d+))?$");
        if (!m.Success)
        {
            throw new InvalidOperationException($"unreadable value '{text}'");
        }

        var k = m.Groups["k"].Value.Length == 0 ? 1 : long.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture);
        var d = m.Groups["d"].Success ? long.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        var r = m.Groups["r"].Success ? long.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture) : 1;
        return new CheckerValue(new CheckerFraction(m.Groups["s"].Value == "-" ? -k : k, d), r, m.Groups["p"].Success);
    }
}
