using System.Text;
using System.Text.Json;
using Cosyn.Output.Export.Hf;
using YamlDotNet.RepresentationModel;

namespace Cosyn.Tests.Output.Export;

/// <summary>Reads an hf export back the way users' tools would: every Parquet file through DuckDB, the card's YAML through YamlDotNet.</summary>
internal static class HfCheck
{
    /// <summary>Rows per config, then per split, counted by DuckDB over the files each data_files pattern of the card matches.</summary>
    public static Dictionary<string, Dictionary<string, long>> RowsByCardPattern(string folder)
    {
        var result = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        var front = FrontMatter(folder);
        foreach (YamlMappingNode config in (YamlSequenceNode)front["configs"])
        {
            var name = ((YamlScalarNode)config["config_name"]).Value!;
            result[name] = [];
            foreach (YamlMappingNode file in (YamlSequenceNode)config["data_files"])
            {
                var pattern = ((YamlScalarNode)file["path"]).Value!;
                var matches = Glob(folder, pattern);
                Assert.True(matches.Count > 0, $"pattern {pattern} matches no file");
                var rows = DuckDb.Query($"SELECT count(*) FROM read_parquet([{string.Join(", ", matches.Select(DuckDb.Literal))}])");
                result[name][((YamlScalarNode)file["split"]).Value!] = Convert.ToInt64(rows[0][0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return result;
    }

    /// <summary>The card's front matter as a YAML mapping.</summary>
    public static YamlMappingNode FrontMatter(string folder)
    {
        var card = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.StartsWith("---\n", card, StringComparison.Ordinal);
        var end = card.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(card[4..end]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    /// <summary>The parsed <c>huggingface</c> key-value metadata of one Parquet file.</summary>
    public static JsonElement HuggingFaceMetadata(string parquet)
    {
        var rows = DuckDb.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDb.Literal(parquet)})");
        var value = rows.Single(r => (string?)r[0] == HfSchema.MetadataKey)[1] as string;
        return JsonDocument.Parse(value!).RootElement.Clone();
    }

    public static string[] ParquetFiles(string folder) =>
        [.. Directory.GetFiles(Path.Combine(folder, "data"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    // The Hub's data_files patterns here are "data/CONFIG/SPLIT-*": a folder and a file-name prefix.
    private static List<string> Glob(string folder, string pattern)
    {
        var directory = Path.Combine(folder, Path.GetDirectoryName(pattern)!);
        var prefix = Path.GetFileName(pattern).TrimEnd('*');
        Assert.EndsWith("*", pattern, StringComparison.Ordinal);
        return [.. Directory.GetFiles(directory).Where(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public static string Describe(string parquet)
    {
        var text = new StringBuilder();
        foreach (var row in DuckDb.Query($"DESCRIBE SELECT * FROM {DuckDb.Literal(parquet)}"))
        {
            text.Append(row[0]).Append(' ').Append(row[1]).Append('\n');
        }

        return text.ToString();
    }
}
