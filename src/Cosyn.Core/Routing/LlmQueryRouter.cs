using System.Text.Json;
using Cosyn.Catalog;
using Microsoft.Extensions.AI;

namespace Cosyn.Routing;

/// <summary>
/// Routes with a model: it sees the implemented catalog and picks pipelines, figure types and weights as JSON.
/// Every choice is validated against the catalog; an invalid reply goes back once with the errors listed, and
/// whatever is still invalid is dropped. A model that names nothing valid yields no route, with its reason.
/// </summary>
public sealed class LlmQueryRouter(IChatClient client, int repairAttempts = 1) : IQueryRouter
{
    private static readonly JsonSerializerOptions Json = new(CosynJson.Compact) { PropertyNameCaseInsensitive = true };

    public async ValueTask<RoutingDecision> RouteAsync(string query, Func<string, bool> implemented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(implemented);
        var catalog = PipelineCatalog.All.Where(p => implemented(p.Name)).ToList();
        List<ChatMessage> messages = [new(ChatRole.System, SystemPrompt(catalog)), new(ChatRole.User, $"Request: {query}")];
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.Json, Temperature = 0 };
        var errors = new List<string>();
        List<PipelineRoute> routes = [];
        string? reason = null;
        for (var attempt = 0; attempt <= repairAttempts; attempt++)
        {
            var response = await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            errors.Clear();
            (routes, reason) = Validate(response.Text, catalog, errors);
            if (errors.Count == 0)
            {
                break;
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, response.Text));
            messages.Add(new ChatMessage(ChatRole.User, "Your reply had problems; answer again with valid JSON only:\n- " + string.Join("\n- ", errors)));
        }

        if (routes.Count == 0)
        {
            return new RoutingDecision(query, [], $"no pipeline fits \"{query}\" (model: {reason ?? (errors.Count > 0 ? string.Join("; ", errors) : "no route given")})");
        }

        var total = routes.Sum(r => r.Weight);
        var normalised = routes.Select(r => r with { Weight = Math.Round(r.Weight / total, 4) }).OrderByDescending(r => r.Weight).ToList();
        var dropped = errors.Count == 0 ? string.Empty : $" (dropped after repair: {string.Join("; ", errors)})";
        return new RoutingDecision(query, normalised, "model chose " + string.Join("; ", normalised.Select(r => $"{r.Pipeline.Name}: {r.Why}")) + dropped);
    }

    /// <summary>Parses and checks a reply; every problem goes to <paramref name="errors"/>, valid routes are kept.</summary>
    internal static (List<PipelineRoute> Routes, string? NoRouteReason) Validate(string text, IReadOnlyList<PipelineDefinition> catalog, List<string> errors)
    {
        LlmRouteReply? reply;
        try
        {
            reply = JsonSerializer.Deserialize<LlmRouteReply>(JsonObjectIn(text), Json);
        }
        catch (JsonException ex)
        {
            errors.Add($"not valid JSON ({ex.Message.Split('.')[0]})");
            return ([], null);
        }

        var routes = new List<PipelineRoute>();
        foreach (var choice in reply?.Routes ?? [])
        {
            var pipeline = catalog.FirstOrDefault(p => p.Name == choice.Pipeline);
            if (pipeline is null)
            {
                errors.Add($"\"{choice.Pipeline}\" is not one of the listed pipelines");
                continue;
            }

            if (routes.Any(r => r.Pipeline == pipeline))
            {
                errors.Add($"{pipeline.Name} is listed twice");
                continue;
            }

            var types = choice.FigureTypes ?? [];
            var unknown = types.Where(t => !pipeline.FigureTypes.Contains(t)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add($"{pipeline.Name} has no figure type {string.Join(", ", unknown.Select(u => $"\"{u}\""))}; it has: {string.Join(", ", pipeline.FigureTypes)}");
            }

            if (!(choice.Weight > 0))
            {
                errors.Add($"{pipeline.Name} needs a positive weight");
                continue;
            }

            routes.Add(new PipelineRoute(pipeline, types.Where(pipeline.FigureTypes.Contains).Distinct().ToList(), choice.Weight, choice.Why ?? string.Empty));
        }

        return (routes, reply?.NoRouteReason);
    }

    // Models wrap JSON in prose or code fences despite instructions; the outermost object is what counts.
    private static string JsonObjectIn(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        return start >= 0 && end > start ? text[start..(end + 1)] : text;
    }

    private static string SystemPrompt(IReadOnlyList<PipelineDefinition> catalog)
    {
        var prompt = new StringBuilder();
        prompt.Append("""
            You route a request for synthetic text-rich training images to the image generators below. Choose the
            pipelines (and, when the request implies them, figure types) whose images best match what the user asked
            for, with weights for how much of the dataset each should make. Prefer precision: a request for
            "nutrition fact labels" is one figure type of one pipeline, not every document pipeline. If nothing
            below can draw what is asked, return no routes and say why.

            Pipelines (name: image kind; figure types):

            """);
        foreach (var pipeline in catalog)
        {
            prompt.Append(CultureInfo.InvariantCulture, $"- {pipeline.Name}: {pipeline.ImageKind}; {string.Join(", ", pipeline.FigureTypes)}\n");
        }

        prompt.Append("""

            Reply with JSON only, in this form:
            {"routes": [{"pipeline": "NAME", "figure_types": ["TYPE", ...], "weight": 0.5, "why": "short reason"}], "no_route_reason": null}
            Use only names and figure types from the list; an empty figure_types list lets the pipeline choose.
            """);
        return prompt.ToString();
    }
}
