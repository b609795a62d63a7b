namespace Cosyn.Bench.Throughput;

/// <summary>How the simulated provider behaves: latency, limits, errors and a scheduled outage. Plain settings.</summary>
public sealed class SimulatedEndpointOptions
{
    /// <summary>Median time to answer one request. Latencies are log-normal around it (<see cref="LatencySigma"/>).</summary>
    public TimeSpan MedianLatency { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Spread of the log-normal latency (sigma of ln latency); 0.25 puts 95 % of calls within 0.6-1.6x the median.</summary>
    public double LatencySigma { get; init; } = 0.25;

    /// <summary>Requests per rolling minute before the endpoint answers 429 with Retry-After and x-ratelimit headers.</summary>
    public int RequestsPerMinute { get; init; } = 10_000;

    /// <summary>Tokens (a quarter of the characters in and out) per rolling minute before 429.</summary>
    public long TokensPerMinute { get; init; } = 20_000_000;

    /// <summary>Share of admitted requests answered with HTTP 500 (after their latency).</summary>
    public double ErrorRate { get; init; } = 0.01;

    /// <summary>When the outage starts, measured from the endpoint's start; null: none.</summary>
    public TimeSpan? OutageStart { get; init; }

    /// <summary>How long every request is answered 503 + Retry-After.</summary>
    public TimeSpan OutageLength { get; init; }

    public int Seed { get; init; } = 15;
}
