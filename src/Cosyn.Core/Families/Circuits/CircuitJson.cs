using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Circuits;

/// <summary>
/// Writes a circuit's <c>data</c> text, the netlist JSON an LLM would write for the schematic:
/// <code>
/// {"title": str, "figure_type": str, "configuration": str,
///  "source": {"id": str, "type": str, "voltage": "12 V"}, "supply": "±15 V"?,
///  "components": [{"id": "R1", "type": "resistor", "value": "4.7 kΩ"}], "output": str?}
/// </code>
/// Values are strings with SI prefixes, as the labels print them.
/// </summary>
public static class CircuitJson
{
    public static string Write(CircuitSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var opAmp = spec.FigureType == CircuitFigureTypes.OpAmp;
        var document = new Dictionary<string, object>
        {
            ["title"] = spec.Title,
            ["figure_type"] = spec.FigureType,
            ["configuration"] = Configuration(spec),
            ["source"] = new Dictionary<string, object>
            {
                ["id"] = opAmp ? "Vin" : "V1",
                ["type"] = opAmp ? "input voltage" : spec.IsAc ? "AC voltage source (RMS)" : "DC voltage source",
                ["voltage"] = SiQuantity.Format(spec.SourceVolts, "V"),
            },
        };
        if (opAmp)
        {
            document["supply"] = $"±{SiQuantity.Number(spec.SupplyVolts)} V";
        }

        document["components"] = spec.Parts.Select(p => new Dictionary<string, object> { ["id"] = p.Id, ["type"] = p.Kind, ["value"] = p.Label }).ToList();
        if (Output(spec) is { } output)
        {
            document["output"] = output;
        }

        return DataJson.Serialize(document);
    }

    private static string Configuration(CircuitSpec spec) => spec.FigureType switch
    {
        CircuitFigureTypes.Series => "series",
        CircuitFigureTypes.Parallel => "parallel",
        CircuitFigureTypes.Divider => "voltage divider",
        CircuitFigureTypes.Rc => "series RC low-pass",
        CircuitFigureTypes.Rlc => "series RLC",
        _ => spec.Inverting ? "inverting amplifier" : "non-inverting amplifier",
    };

    private static string? Output(CircuitSpec spec) => spec.FigureType switch
    {
        CircuitFigureTypes.Divider => "Vout across R2",
        CircuitFigureTypes.Rc => "Vout across C1",
        CircuitFigureTypes.OpAmp => "Vout at the op-amp output",
        _ => null,
    };
}
