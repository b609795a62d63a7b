using System.Text.Json.Serialization;
using Cosyn.Quality.Checks;

namespace Cosyn.Quality;

/// <summary>One line of <c>quality.jsonl</c>: a sample's id, its verdict and every check's result.</summary>
public sealed record QualityLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("checks")] IReadOnlyList<CheckResult> Checks);
