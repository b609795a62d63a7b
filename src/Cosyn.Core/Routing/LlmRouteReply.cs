namespace Cosyn.Routing;

/// <summary>The JSON a model returns when routing: chosen routes, or none with a reason.</summary>
internal sealed record LlmRouteReply(IReadOnlyList<LlmRouteChoice>? Routes, string? NoRouteReason);
