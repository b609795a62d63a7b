namespace Cosyn.Output.Export.Hf;

/// <summary>The card's YAML front matter as the Hub reads it: licence, tasks, size, tags, <c>configs</c> and <c>dataset_info</c>.</summary>
public static class DatasetCardFrontMatter
{
    public static string Build(IReadOnlyList<HfSplitInfo> splits, int total, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(splits);
        var yaml = new YamlText();
        yaml.Line(0, "---");

        // "other": the samples' terms follow the user's persona file, model provider and purpose; the body says so.
        yaml.Line(0, "license: other");
        yaml.Line(0, "language:").Line(0, "- en");
        yaml.Line(0, "pretty_name: " + YamlText.Quote("cosyn synthetic text-rich image instructions"));
        yaml.Line(0, "task_categories:").Line(0, "- visual-question-answering").Line(0, "- image-text-to-text");
        yaml.Line(0, "size_categories:").Line(0, "- " + SizeCategory(total));
        yaml.Line(0, "tags:");
        foreach (var tag in tags)
        {
            yaml.Line(0, "- " + YamlText.Quote(tag));
        }

        var configs = splits.GroupBy(s => s.Config).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        yaml.Line(0, "configs:");
        foreach (var config in configs)
        {
            yaml.Line(0, "- config_name: " + YamlText.Quote(config.Key));
            yaml.Line(2, "data_files:");
            foreach (var split in config.OrderBy(s => s.Split, StringComparer.Ordinal))
            {
                yaml.Line(2, "- split: " + split.Split);
                yaml.Line(4, "path: " + YamlText.Quote($"data/{config.Key}/{split.Split}-*"));
            }
        }

        yaml.Line(0, "dataset_info:");
        foreach (var config in configs)
        {
            yaml.Line(0, "- config_name: " + YamlText.Quote(config.Key));
            yaml.Line(2, "features:");
            foreach (var (name, feature) in HfSchema.Columns(config.First().Pointing))
            {
                yaml.Line(2, "- name: " + name);
                feature.WriteYaml(yaml, 4);
            }

            yaml.Line(2, "splits:");
            foreach (var split in config.OrderBy(s => s.Split, StringComparer.Ordinal))
            {
                yaml.Line(2, "- name: " + split.Split);
                yaml.Line(4, "num_bytes: " + YamlText.Number(split.RowBytes));
                yaml.Line(4, "num_examples: " + YamlText.Number(split.Rows));
            }

            yaml.Line(2, "download_size: " + YamlText.Number(config.Sum(s => s.FileBytes)));
            yaml.Line(2, "dataset_size: " + YamlText.Number(config.Sum(s => s.RowBytes)));
        }

        yaml.Line(0, "---");
        return yaml.ToString();
    }

    /// <summary>The Hub's size buckets.</summary>
    public static string SizeCategory(int rows) => rows switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        _ => "10M<n<100M",
    };
}
