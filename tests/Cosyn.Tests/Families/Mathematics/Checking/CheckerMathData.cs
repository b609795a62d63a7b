using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Mathematics.Checking;

/// <summary>A problem as the checker sees it: givens, its own recomputed steps, labels → keys and units.</summary>
internal sealed record CheckerMathData(
    string Kind,
    Dictionary<string, CheckerValue> Givens,
    Dictionary<string, CheckerValue> Computed,
    Dictionary<string, (string Key, string Unit, bool Given)> Labels,
    List<(string Key, string Value)> Stated,
    List<string> AnswerValues)
{
    public CheckerValue ByLabel(string label, bool givenOnly)
    {
        if (!Labels.TryGetValue(label, out var entry) || (givenOnly && !entry.Given))
        {
            throw new InvalidOperationException($"no {(givenOnly ? "given " : string.Empty)}quantity labelled '{label}'");
        }

        return entry.Given ? Givens[entry.Key] : Computed.TryGetValue(entry.Key, out var v) ? v : throw new InvalidOperationException($"checker cannot compute {entry.Key}");
    }

    public string UnitOf(string label) =>
        Labels.TryGetValue(label, out var entry) && entry.Given ? entry.Unit : throw new InvalidOperationException($"no given labelled '{label}'");
}
