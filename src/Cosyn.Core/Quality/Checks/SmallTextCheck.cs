namespace Cosyn.Quality.Checks;

/// <summary>
/// Text too small to read at the output size: cap height (from the box height, see the ratios in
/// <see cref="QualityOptions"/>) under <see cref="QualityOptions.MinCapHeightPx"/> for most of the text.
/// </summary>
public sealed class SmallTextCheck : IQualityCheck
{
    public const string CheckName = "small-text";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        List<(string Text, double Cap)> caps;
        if (context.Layout is { } layout)
        {
            caps = [.. layout.Texts.Where(t => Texts.Normal(t.Text).Length > 0).Select(t => (t.Text, t.Height * options.CapHeightPerBoxHeight))];
        }
        else
        {
            var ocr = await context.OcrAsync().ConfigureAwait(false);
            if (ocr.Error is { } error)
            {
                return CheckResult.Fail(Name, 0, $"no text boxes and OCR failed: {error}");
            }

            // Only words with a capital or a digit: their box reaches the cap height, a word like "area" spans the x-height only.
            caps = [.. ocr.Words.Where(w => w.Confidence >= options.MinOcrConfidence && w.Text.Any(c => char.IsUpper(c) || char.IsDigit(c)))
                .Select(w => (w.Text, w.Height * options.CapHeightPerOcrBoxHeight))];
        }

        if (caps.Count == 0)
        {
            return CheckResult.Pass(Name, "no text measured");
        }

        var small = caps.Where(c => c.Cap < options.MinCapHeightPx).ToList();
        var share = (double)small.Count / caps.Count;
        var median = caps.Select(c => c.Cap).Order().ElementAt(caps.Count / 2);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{small.Count} of {caps.Count} texts under {options.MinCapHeightPx} px cap height (median {median:0.#} px)");
        return share > options.MaxSmallTextShare
            ? CheckResult.Fail(Name, 1 - share, $"{summary}, e.g. '{Texts.Clip(small[0].Text)}' at {small[0].Cap.ToString("0.#", CultureInfo.InvariantCulture)} px")
            : new CheckResult(Name, true, Math.Round(1 - share, 3), summary);
    }
}
