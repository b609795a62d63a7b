using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Graphics;

/// <summary>
/// Graphic <c>data</c> as a model would write it: <c>{kind, title, measure, unit, stats[{label, value, icon}]}</c> for
/// infographics and icon panels, <c>{kind, title, unit, scale_km, places[{name, x_km, y_km}], roads[{from, to, km}]}</c> for maps.
/// </summary>
public static class GraphicJson
{
    public static string Write(GraphicSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var document = new Dictionary<string, object> { ["kind"] = spec.Kind, ["title"] = spec.Title };
        if (spec.Kind == GraphicKinds.Map)
        {
            document["unit"] = spec.Unit;
            document["scale_km"] = spec.ScaleKm;
            document["places"] = spec.Places.Select(p => new Dictionary<string, object> { ["name"] = p.Name, ["x_km"] = p.X, ["y_km"] = p.Y }).ToList();
            document["roads"] = spec.Roads.Select(r => new Dictionary<string, object> { ["from"] = r.From, ["to"] = r.To, ["km"] = r.Km }).ToList();
        }
        else
        {
            document["measure"] = spec.Measure;
            document["unit"] = spec.Unit;
            document["stats"] = spec.Stats.Select(s => new Dictionary<string, object> { ["label"] = s.Label, ["value"] = s.Value, ["icon"] = s.Icon }).ToList();
        }

        return DataJson.Serialize(document);
    }
}
