namespace Cosyn.Routing;

/// <summary>The thresholds of <see cref="OfflineQueryRouter"/>, tuned on the everyday test set (similarities are cosines, rounded).</summary>
/// <param name="CloseEnough">A description this similar (after any phrase bonus) is a match; below it the general mix is used.</param>
/// <param name="ShareMargin">Descriptions within this of the best share the count.</param>
/// <param name="MaxShared">At most this many descriptions share the count.</param>
/// <param name="ShareTemperature">Shares fall off as exp(-(best - score) / this): the best description leads, close ones follow.</param>
/// <param name="PhraseBonus">What an exact vocabulary phrase adds to the similarity of the descriptions it names.</param>
/// <param name="SenseMargin">
/// A phrase counts only for descriptions this close to the best similarity: the query's domain picks the word's sense
/// ("derivative" is calculus in "derivatives of x²", chemistry in "benzene derivatives").
/// </param>
public sealed record OfflineRoutingSettings(double CloseEnough = 0.36, double ShareMargin = 0.05, int MaxShared = 3, double ShareTemperature = 0.02, double PhraseBonus = 0.15, double SenseMargin = 0.1)
{
    public static OfflineRoutingSettings Default { get; } = new();
}
