namespace Cosyn.Families.Circuits;

/// <summary>SI prefixes for component values and answers: the prefix that puts a value in [1, 1000), as text and as siunitx macros.</summary>
public static class SiQuantity
{
    private static readonly (int Exponent, string Symbol, string Macro)[] Prefixes =
    [
        (6, "M", @"\mega"), (3, "k", @"\kilo"), (0, "", ""), (-3, "m", @"\milli"), (-6, "µ", @"\micro"), (-9, "n", @"\nano"), (-12, "p", @"\pico"),
    ];

    private static readonly Dictionary<string, string> UnitMacros = new(StringComparer.Ordinal)
    {
        ["Ω"] = @"\ohm",
        ["F"] = @"\farad",
        ["H"] = @"\henry",
        ["V"] = @"\volt",
        ["A"] = @"\ampere",
        ["W"] = @"\watt",
        ["Hz"] = @"\hertz",
        ["s"] = @"\second",
    };

    /// <summary>The value scaled by the prefix that leaves one to three integer digits, and that prefix's symbol.</summary>
    public static (decimal Scaled, string Prefix) Scale(decimal value)
    {
        var magnitude = Math.Abs(value);
        foreach (var (exponent, symbol, _) in Prefixes)
        {
            var factor = Power(exponent);
            if (magnitude >= factor || exponent == -12)
            {
                return (value / factor, symbol);
            }
        }

        return (value, string.Empty);
    }

    /// <summary>Plain text such as <c>4.7 kΩ</c> or <c>100 nF</c> (at most three decimals).</summary>
    public static string Format(decimal value, string unit)
    {
        var (scaled, prefix) = Scale(value);
        return $"{Number(scaled)} {prefix}{unit}";
    }

    /// <summary>siunitx source for the value, e.g. <c>\qty{4.7}{\kilo\ohm}</c>.</summary>
    public static string Latex(decimal value, string unit)
    {
        var (scaled, prefix) = Scale(value);
        var macro = Prefixes.First(p => p.Symbol == prefix).Macro;
        return $@"\qty{{{Number(scaled)}}}{{{macro}{UnitMacros[unit]}}}";
    }

    /// <summary>The power of ten of a prefix symbol (<c>k</c> is 1000).</summary>
    public static decimal Factor(string prefix) => Power(Prefixes.First(p => p.Symbol == prefix).Exponent);

    /// <summary>Invariant number text with trailing zeros trimmed (at most three decimals).</summary>
    public static string Number(decimal value) => Math.Round(value, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture);

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10;
        }

        return exponent >= 0 ? result : 1 / result;
    }
}
