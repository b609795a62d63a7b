using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Charts.Qa;

/// <summary>Question phrasings per kind, read from the embedded <c>ChartQuestions.json</c>; several per kind so question text varies.</summary>
public sealed class ChartQuestionBank
{
    private readonly Dictionary<string, string[]> _phrasings;

    private ChartQuestionBank(Dictionary<string, string[]> phrasings) => _phrasings = phrasings;

    /// <summary>The built-in phrasings.</summary>
    public static ChartQuestionBank Default => Embedded("Cosyn.Qa.ChartQuestions.json");

    /// <summary>A random phrasing of <paramref name="kind"/> (only those using <paramref name="requiredSlot"/>, when given) with slots filled.</summary>
    public string Phrase(string kind, SeededRandom random, IReadOnlyDictionary<string, string> slots, string? requiredSlot = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(slots);
        var options = _phrasings[kind].Where(p => requiredSlot is null || p.Contains(requiredSlot, StringComparison.Ordinal)).ToList();
        var text = random.Pick(options);
        foreach (var (slot, value) in slots)
        {
            text = text.Replace(slot, value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Phrasings from another embedded resource of the same shape (kind to phrasings), e.g. the table bank.</summary>
    public static ChartQuestionBank FromResource(string logicalName)
    {
        return new ChartQuestionBank(EmbeddedJson.Read<Dictionary<string, string[]>>(logicalName));
    }

    /// <summary>The phrasings of an embedded resource, read on first use and shared by every generator after (each family has its bank).</summary>
    public static ChartQuestionBank Embedded(string logicalName) => EmbeddedJson.Shared(logicalName, FromResource);
}
