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
        var text = DataJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", spec.Title);
            json.WriteString("figure_type", spec.FigureType);
            json.WriteString("configuration", Configuration(spec));
            json.WriteStartObject("source");
            var opAmp = spec.FigureType == CircuitFigureTypes.OpAmp;
            json.WriteString("id", opAmp ? "Vin" : "V1");
            json.WriteString("type", opAmp ? "input voltage" : spec.IsAc ? "AC voltage source (RMS)" : "DC voltage source");
            json.WriteString("voltage", SiQuantity.Format(spec.SourceVolts, "V"));
            json.WriteEndObject();
            if (opAmp)
            {
                json.WriteString("supply", $"±{SiQuantity.Number(spec.SupplyVolts)} V");
            }

            json.WriteStartArray("components");
            foreach (var part in spec.Parts)
            {
                json.WriteStartObject();
                json.WriteString("id", part.Id);
                json.WriteString("type", part.Kind);
                json.WriteString("value", part.Label);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (Output(spec) is { } output)
            {
                json.WriteString("output", output);
            }

            json.WriteEndObject();
        });

        return text;
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
