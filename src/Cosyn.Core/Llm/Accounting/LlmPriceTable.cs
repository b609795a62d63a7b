using System.Text.Json;

namespace Cosyn.Llm.Accounting;

/// <summary>
/// Prices per model id, matched by the longest key a model id starts with, so dated snapshots
/// (<c>gpt-4o-2024-08-06</c>) find their family. Defaults are embedded (<c>DefaultPrices.json</c>); a user file
/// in the same format (<c>{"model": {"input": 2.5, "output": 10}}</c>, comments allowed) adds or replaces entries.
/// </summary>
public sealed class LlmPriceTable
{
    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly KeyValuePair<string, ModelPrice>[] _byLongestKey;

    public LlmPriceTable(IReadOnlyDictionary<string, ModelPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        Prices = prices;
        _byLongestKey = [.. prices.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    /// <summary>The built-in table.</summary>
    public static LlmPriceTable Default { get; } = LoadDefault();

    /// <summary>No prices: every model is unpriced (an OpenAI-compatible or local endpoint unless <c>--prices</c> says).</summary>
    public static LlmPriceTable Empty { get; } = new(new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, ModelPrice> Prices { get; }

    /// <summary>The price of <paramref name="model"/>, or null when no key matches.</summary>
    public ModelPrice? Find(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var (key, price) in _byLongestKey)
        {
            if (model.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return price;
            }
        }

        return null;
    }

    /// <summary>This table with the entries of <paramref name="path"/> added or replacing these.</summary>
    /// <exception cref="LlmPriceFileException">The file is missing or malformed; the message is one line.</exception>
    public LlmPriceTable WithFile(string path)
    {
        Dictionary<string, ModelPrice> overrides;
        try
        {
            overrides = Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new LlmPriceFileException($"cannot read the price file {path}: {ex.Message}", ex);
        }

        var bad = overrides.FirstOrDefault(p => p.Value is null || p.Value.Input < 0 || p.Value.Output < 0);
        if (bad.Key is not null)
        {
            throw new LlmPriceFileException($"price file {path}: model '{bad.Key}' needs non-negative \"input\" and \"output\" prices in $ per 1M tokens");
        }

        var merged = new Dictionary<string, ModelPrice>(Prices, StringComparer.OrdinalIgnoreCase);
        foreach (var (model, price) in overrides)
        {
            merged[model] = price;
        }

        return new LlmPriceTable(merged);
    }

    private static Dictionary<string, ModelPrice> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, ModelPrice>>(json, FileOptions) ?? throw new JsonException("the file holds no JSON object");

    private static LlmPriceTable LoadDefault()
    {
        using var stream = typeof(LlmPriceTable).Assembly.GetManifestResourceStream("Cosyn.Llm.DefaultPrices.json")
            ?? throw new InvalidOperationException("the default price table is not embedded");
        using var reader = new StreamReader(stream);
        return new LlmPriceTable(new Dictionary<string, ModelPrice>(Parse(reader.ReadToEnd()), StringComparer.OrdinalIgnoreCase));
    }
}
