using Cosyn.Llm;
using Cosyn.Llm.Accounting;

namespace Cosyn.Cli.Commands;

/// <summary>The LLM call flags as typed: pacing (<c>--rpm</c>, <c>--tpm</c>), patience (<c>--llm-timeout</c>, <c>--llm-retries</c>) and <c>--prices</c>.</summary>
public sealed record LlmCallFlags(int? RequestsPerMinute, int? TokensPerMinute, string? PricesFile, double TimeoutSeconds, int Retries)
{
    public const double DefaultTimeoutSeconds = 120;
    public const int DefaultRetries = 6;

    public static LlmCallFlags Defaults { get; } = new(null, null, null, DefaultTimeoutSeconds, DefaultRetries);

    /// <summary>Validates the flags and loads the price file.</summary>
    /// <exception cref="UserInputException">A flag is out of range or the price file is unusable; the message is one line.</exception>
    public LlmCallOptions ToOptions()
    {
        if (RequestsPerMinute is <= 0 or > 1_000_000)
        {
            throw new UserInputException($"--rpm must be between 1 and 1000000, got {RequestsPerMinute}");
        }

        if (TokensPerMinute is <= 0 or > 1_000_000_000)
        {
            throw new UserInputException($"--tpm must be between 1 and 1000000000, got {TokensPerMinute}");
        }

        if (TimeoutSeconds is not (>= 1 and <= 3600) || double.IsNaN(TimeoutSeconds))
        {
            throw new UserInputException($"--llm-timeout must be between 1 and 3600 seconds, got {TimeoutSeconds}");
        }

        if (Retries is < 0 or > 20)
        {
            throw new UserInputException($"--llm-retries must be between 0 and 20, got {Retries}");
        }

        LlmPriceTable prices;
        try
        {
            prices = PricesFile is null ? LlmPriceTable.Default : LlmPriceTable.Default.WithFile(PricesFile);
        }
        catch (LlmPriceFileException ex)
        {
            throw new UserInputException(ex.Message, ex);
        }

        return new LlmCallOptions
        {
            RequestsPerMinute = RequestsPerMinute,
            TokensPerMinute = TokensPerMinute,
            CallTimeout = TimeSpan.FromSeconds(TimeoutSeconds),
            MaxRetries = Retries,
            Prices = prices,
        };
    }
}
