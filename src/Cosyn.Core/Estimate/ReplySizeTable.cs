using System.Text.Json;

namespace Cosyn.Estimate;

/// <summary>
/// Measured reply sizes per pipeline (<c>Estimate/ReplySizes.json</c>, embedded). Data, code and QA sizes are the
/// mean o200k token counts of the <c>## data</c>, <c>## code</c> and <c>## qa</c> sections of the pipeline's golden
/// samples (tests/Cosyn.Tests/Golden/&lt;pipeline&gt;/*.txt: the offline synthesizer's output, which the LLM
/// prompts ask a model to match in kind and size), QA plus the JSON keys of the reply format (12 tokens a pair;
/// point-html, whose rows have no QA pairs: 8 of the golden sample's pointing questions with their marks as JSON); a
/// topic reply is a JSON list of five subjects (~80 tokens). Repairs (0.25 per sample) and corrections (0.05 per
/// call) are the rates of the 70-sample live run recorded in issue 15. <c>ReplySizeTableTests</c> re-derives the
/// sizes from the goldens and fails when they drift more than 25 %.
/// </summary>
public sealed class ReplySizeTable
{
    private static readonly JsonSerializerOptions ReadOptions = new() { PropertyNameCaseInsensitive = true };
    private readonly IReadOnlyDictionary<string, ReplySize> _sizes;

    public ReplySizeTable(IReadOnlyDictionary<string, ReplySize> sizes) => _sizes = sizes ?? throw new ArgumentNullException(nameof(sizes));

    public static ReplySizeTable Default { get; } = Load();

    /// <summary>Every pipeline in the table.</summary>
    public IReadOnlyDictionary<string, ReplySize> Sizes => _sizes;

    /// <summary>The pipeline's sizes; a pipeline missing from the table gets the mean over all of them.</summary>
    public ReplySize For(string pipeline) =>
        _sizes.TryGetValue(pipeline, out var size)
            ? size
            : new ReplySize(
                (int)_sizes.Values.Average(s => s.Topic),
                (int)_sizes.Values.Average(s => s.Data),
                (int)_sizes.Values.Average(s => s.Code),
                (int)_sizes.Values.Average(s => s.Qa),
                _sizes.Values.Average(s => s.Repairs),
                _sizes.Values.Average(s => s.Corrections));

    private static ReplySizeTable Load()
    {
        using var stream = typeof(ReplySizeTable).Assembly.GetManifestResourceStream("Cosyn.Estimate.ReplySizes.json")
            ?? throw new InvalidOperationException("the reply size table is not embedded");
        var sizes = JsonSerializer.Deserialize<Dictionary<string, ReplySize>>(stream, ReadOptions)
            ?? throw new InvalidOperationException("the reply size table is empty");
        return new ReplySizeTable(sizes);
    }
}
