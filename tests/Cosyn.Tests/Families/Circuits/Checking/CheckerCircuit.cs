using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Circuits.Checking;

/// <summary>The checker's own reading of circuit <c>data</c> JSON: values parsed from their SI-prefixed strings.</summary>
internal sealed class CheckerCircuit : CheckerData
{
    public CheckerCircuit(string json)
        : base(json)
    {
        Configuration = Root.Text("configuration");
        SourceId = Root.GetProperty("source").Text("id");
        SourceText = Root.GetProperty("source").Text("voltage");
        Source = Parse(SourceText).Value;
        Parts = [.. Root.GetProperty("components").EnumerateArray().Select(c => (c.Text("id"), c.Text("type"), c.Text("value")))];
    }

    public string Configuration { get; }

    public string SourceId { get; }

    public string SourceText { get; }

    public double Source { get; }

    public List<(string Id, string Type, string Text)> Parts { get; }

    public double this[string id] => Parse(Parts.First(p => p.Id == id).Text).Value;

    public IEnumerable<string> ResistorIds => Parts.Where(p => p.Type == "resistor").Select(p => p.Id);

    /// <summary>Multiplier of an SI prefix as questions and labels write it (µ in either code point).</summary>
    public static double Prefix(string prefix) => prefix switch
    {
        "" => 1,
        "k" => 1e3,
        "M" => 1e6,
        "m" => 1e-3,
        "µ" or "μ" or "u" => 1e-6,
        "n" => 1e-9,
        "p" => 1e-12,
        _ => throw new InvalidOperationException($"unknown prefix '{prefix}'"),
    };

    /// <summary>"4.7 kΩ" to 4700 and its unit symbol.</summary>
    public static (double Value, string Unit) Parse(string text)
    {
        var m = Regex.Match(text, @"^(?<n>-?[\d.]+) (?<p>[kMmµμnp]?)(?<u>Ω|F|H|V)$");
        if (!m.Success)
        {
            throw new InvalidOperationException($"unparsable value '{text}'");
        }

        return (double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) * Prefix(m.Groups["p"].Value), m.Groups["u"].Value);
    }

    /// <summary>The multiplier of a unit a question names ("mA", "kΩ", "Hz", "µs").</summary>
    public static double UnitFactor(string unit)
    {
        var m = Regex.Match(unit, "^(?<p>[kMmµμnp]?)(?<u>Ω|F|H|V|A|W|Hz|s)$");
        if (!m.Success)
        {
            throw new InvalidOperationException($"unknown unit '{unit}'");
        }

        return Prefix(m.Groups["p"].Value);
    }
}
