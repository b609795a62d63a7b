namespace Cosyn.Families.Circuits;

/// <summary>Numbers as explanations print them: with an SI prefix and enough digits that the rounding step is visible.</summary>
public static class CircuitText
{
    /// <summary>E.g. <c>1.6598 mA</c> (four decimals at most, trailing zeros trimmed); a plain number when there is no unit.</summary>
    public static string Show(decimal value, string unit)
    {
        if (unit.Length == 0)
        {
            return Plain(value);
        }

        var (scaled, prefix) = SiQuantity.Scale(value);
        return $"{Plain(scaled)} {prefix}{unit}";
    }

    /// <summary>Four decimals at most, trailing zeros trimmed.</summary>
    public static string Plain(decimal value) =>
        Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A part's value as labelled, e.g. <c>R2 = 2.2 kΩ</c>.</summary>
    public static string Named(CircuitPart part) => $"{part.Id} = {part.Label}";
}
