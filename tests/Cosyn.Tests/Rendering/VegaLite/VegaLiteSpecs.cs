namespace Cosyn.Tests.Rendering.VegaLite;

/// <summary>Vega-Lite specs of the chart kinds the vegalite pipeline generates, data inline.</summary>
internal static class VegaLiteSpecs
{
    public const string Bar = """
        {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": "Fruit sales",
         "data": {"values": [{"fruit": "Apples", "sold": 28}, {"fruit": "Pears", "sold": 55}, {"fruit": "Plums", "sold": 43}]},
         "mark": "bar", "encoding": {"x": {"field": "fruit", "type": "nominal", "title": "Fruit kind"},
                                     "y": {"field": "sold", "type": "quantitative", "title": "Crates sold"}}}
        """;

    public const string Line = """
        {"data": {"values": [{"year": 2019, "temp": 14.1}, {"year": 2020, "temp": 14.6}, {"year": 2021, "temp": 14.4}, {"year": 2022, "temp": 15.0}]},
         "mark": {"type": "line", "point": true},
         "encoding": {"x": {"field": "year", "type": "ordinal", "title": "Year observed"},
                      "y": {"field": "temp", "type": "quantitative", "title": "Mean temperature"}}}
        """;

    public const string Layered = """
        {"data": {"values": [{"m": "Jan", "rain": 80, "avg": 70}, {"m": "Feb", "rain": 60, "avg": 65}, {"m": "Mar", "rain": 75, "avg": 68}]},
         "layer": [
           {"mark": "bar", "encoding": {"x": {"field": "m", "type": "ordinal", "title": "Month", "sort": null}, "y": {"field": "rain", "type": "quantitative", "title": "Rainfall mm"}}},
           {"mark": {"type": "rule", "color": "red"}, "encoding": {"y": {"field": "avg", "aggregate": "mean", "type": "quantitative"}}}
         ]}
        """;

    public const string Faceted = """
        {"data": {"values": [{"city": "Lyon", "q": "Q1", "v": 3}, {"city": "Lyon", "q": "Q2", "v": 5}, {"city": "Nice", "q": "Q1", "v": 4}, {"city": "Nice", "q": "Q2", "v": 2}]},
         "facet": {"column": {"field": "city", "type": "nominal", "title": "City office"}},
         "spec": {"mark": "bar", "encoding": {"x": {"field": "q", "type": "nominal", "title": "Quarter"}, "y": {"field": "v", "type": "quantitative", "title": "Deals closed"}}}}
        """;

    public const string Scatter = """
        {"data": {"values": [{"h": 160, "w": 55, "g": "A"}, {"h": 172, "w": 70, "g": "B"}, {"h": 181, "w": 82, "g": "A"}, {"h": 168, "w": 61, "g": "B"}]},
         "mark": "point",
         "encoding": {"x": {"field": "h", "type": "quantitative", "title": "Height cm", "scale": {"zero": false}},
                      "y": {"field": "w", "type": "quantitative", "title": "Weight kg", "scale": {"zero": false}},
                      "color": {"field": "g", "type": "nominal", "title": "Group"}}}
        """;
}
