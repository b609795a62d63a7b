using System.Text.RegularExpressions;

namespace Cosyn.Llm.RateLimits;

/// <summary>
/// Reads the rate-limit headers of OpenAI (and compatible servers: <c>x-ratelimit-*</c>, resets like <c>6m0s</c>) and
/// Anthropic (<c>anthropic-ratelimit-*</c>, resets as RFC 3339 times), plus <c>Retry-After</c> (seconds or an HTTP
/// date) and <c>retry-after-ms</c>. Unknown or malformed values are ignored: headers advise, they never fail a call.
/// </summary>
public static partial class RateLimitHeaderParser
{
    public static RateLimitHeaders Parse(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, list) in headers)
        {
            if (list.FirstOrDefault() is { } first)
            {
                values[name] = first.Trim();
            }
        }

        var retryAfter = Milliseconds(values, "retry-after-ms") ?? RetryAfter(values, now);
        var requests = Window(values, now, "x-ratelimit-remaining-requests", "x-ratelimit-reset-requests")
            ?? Window(values, now, "anthropic-ratelimit-requests-remaining", "anthropic-ratelimit-requests-reset");
        var tokens = new[]
            {
                Window(values, now, "x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens"),
                Window(values, now, "anthropic-ratelimit-tokens-remaining", "anthropic-ratelimit-tokens-reset"),
                Window(values, now, "anthropic-ratelimit-input-tokens-remaining", "anthropic-ratelimit-input-tokens-reset"),
                Window(values, now, "anthropic-ratelimit-output-tokens-remaining", "anthropic-ratelimit-output-tokens-reset"),
            }
            .Where(w => w is not null)
            .MinBy(w => w!.Value.Remaining);
        return new RateLimitHeaders(retryAfter, requests?.Remaining, requests?.Reset, tokens?.Remaining, tokens?.Reset);
    }

    /// <summary>Parses a Go-style duration as OpenAI sends it (<c>1s</c>, <c>6m0s</c>, <c>20ms</c>, <c>1h2m3.5s</c>).</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = DurationPart().Matches(text);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Match match in matches)
        {
            var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            total += match.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(number),
                "m" => TimeSpan.FromMinutes(number),
                "s" => TimeSpan.FromSeconds(number),
                _ => TimeSpan.FromMilliseconds(number),
            };
        }

        return total;
    }

    private static TimeSpan? Milliseconds(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0
            ? TimeSpan.FromMilliseconds(ms)
            : null;

    private static TimeSpan? RetryAfter(Dictionary<string, string> values, DateTimeOffset now)
    {
        if (!values.TryGetValue("retry-after", out var text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? NonNegative(date - now)
            : null;
    }

    private static (long Remaining, TimeSpan? Reset)? Window(Dictionary<string, string> values, DateTimeOffset now, string remainingName, string resetName)
    {
        if (!values.TryGetValue(remainingName, out var remainingText) || !long.TryParse(remainingText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            return null;
        }

        TimeSpan? reset = null;
        if (values.TryGetValue(resetName, out var resetText))
        {
            reset = ParseDuration(resetText)
                ?? (DateTimeOffset.TryParse(resetText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? NonNegative(at - now) : null);
        }

        return (remaining, reset);
    }

    private static TimeSpan NonNegative(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|h|m|s)", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPart();
}
