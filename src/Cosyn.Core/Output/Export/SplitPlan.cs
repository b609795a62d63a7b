using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Cosyn.Output.Export;

/// <summary>
/// Train / validation assignment from each sample's id alone, per config: the samples with the smallest id hashes
/// are validation, so the same run always splits the same way, and every config with enough samples gets some.
/// </summary>
public sealed class SplitPlan
{
    /// <summary>Configs smaller than this get no validation split: a handful of rows evaluates nothing.</summary>
    public const int MinimumForValidation = 20;

    private readonly Dictionary<string, ulong> _thresholds;

    private SplitPlan(Dictionary<string, ulong> thresholds) => _thresholds = thresholds;

    /// <summary>Plans the splits from every (config, id) that will be exported.</summary>
    public static SplitPlan Build(IEnumerable<(string Config, string Id)> items, double validationFraction)
    {
        ArgumentNullException.ThrowIfNull(items);
        var hashes = new Dictionary<string, List<ulong>>(StringComparer.Ordinal);
        foreach (var (config, id) in items)
        {
            if (!hashes.TryGetValue(config, out var list))
            {
                hashes[config] = list = [];
            }

            list.Add(Hash(id));
        }

        var thresholds = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (config, list) in hashes)
        {
            if (list.Count < MinimumForValidation || validationFraction <= 0)
            {
                continue;
            }

            list.Sort();
            var take = Math.Clamp((int)Math.Round(list.Count * validationFraction), 1, list.Count - 1);
            thresholds[config] = list[take - 1];
        }

        return new SplitPlan(thresholds);
    }

    /// <summary>The split of sample <paramref name="id"/> in <paramref name="config"/>.</summary>
    public string SplitOf(string config, string id) =>
        _thresholds.TryGetValue(config, out var threshold) && Hash(id) <= threshold ? SplitName.Validation : SplitName.Train;

    /// <summary>True when <paramref name="config"/> has a validation split.</summary>
    public bool HasValidation(string config) => _thresholds.ContainsKey(config);

    // SHA-256, not string.GetHashCode: it must not change between processes or .NET versions.
    private static ulong Hash(string id) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
