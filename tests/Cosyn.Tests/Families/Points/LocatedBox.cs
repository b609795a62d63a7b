using System.Text.Json.Serialization;

namespace Cosyn.Tests.Families.Points;

/// <summary>An element box in CSS pixels, as the test's own page measured it.</summary>
internal sealed record LocatedBox(
    [property: JsonPropertyName("x")] double X,
    [property: JsonPropertyName("y")] double Y,
    [property: JsonPropertyName("w")] double W,
    [property: JsonPropertyName("h")] double H);
