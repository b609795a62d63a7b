using System.Globalization;
using System.Text;
using Cosyn.Output.Runs;

namespace Cosyn.Output.Export.Hf;

/// <summary>Writes the dataset card (<c>README.md</c>): front matter, how the data was made, what is in it, how to load it.</summary>
public static class DatasetCardWriter
{
    private static readonly string[] BaseTags = ["synthetic", "cosyn", "text-rich-images", "code-guided-synthesis"];

    public static string Build(DatasetCardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tally = input.Tally;
        var tags = BaseTags.Concat(tally.Configs.Keys);
        var text = new StringBuilder(DatasetCardFrontMatter.Build(input.Splits, tally.Samples, tags));
        var llm = input.Runs.Any(r => r.Provider is not null);
        text.Append("\n# cosyn synthetic text-rich image instructions\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{tally.Samples} images with {tally.QaPairs} questions in {tally.Configs.Count} configs, made with cosyn ");
        text.Append("after the CoSyn paper (*Scaling Text-Rich Image Understanding via Code-Guided Synthetic Multimodal Data Generation*): ");
        text.Append("code that renders each image was written first, rendered by the real tool, and then the same code and data became the questions, explanations and answers. ");
        text.Append("The columns are those of the released CoSyn-400K (`id`, `image`, `qa_pairs`, `metadata`, `data`, `code`); the `point` config adds CoSyn-point's `questions` and `answer_points`.\n\n");

        text.Append("## How it was made\n\n");
        MarkdownTable.Write(text, ["run", "synthesizer", "models per stage", "seed", "pipelines", "finished"], input.Runs.Select(r => (IReadOnlyList<string>)
        [
            r.Folder,
            r.Synthesizer,
            r.Provider is null ? "none (procedural: templates and computed answers)" : r.Provider + ": " + string.Join(", ", r.Models.Select(m => $"{m.Key} {m.Value}")),
            r.Seed?.ToString(CultureInfo.InvariantCulture) ?? "?",
            string.Join(", ", r.Pipelines),
            r.Completed switch { true => "yes", false => "no (stopped early)", null => "unknown" },
        ]));
        text.Append("Commands (the generate command is reconstructed from the configuration each run recorded):\n\n```bash\n");
        foreach (var run in input.Runs)
        {
            text.Append(run.EquivalentCommand()).Append('\n');
        }

        text.Append(input.ExportCommand ?? "cosyn export").Append("\n```\n\n");
        text.Append(CultureInfo.InvariantCulture, $"cosyn version: `{RunProvenance.ToolVersion}`.");
        if (input.Skipped > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {input.Skipped} samples were skipped at export (missing or corrupt images, duplicate ids); they are listed in `{ExportRunner.SkippedFileName}`.");
        }

        text.Append("\n\n## Contents\n\n");
        MarkdownTable.Write(text, ["config", "train", "validation"], tally.Configs.Keys.Select(config => (IReadOnlyList<string>)
        [
            config,
            Rows(input.Splits, config, SplitName.Train),
            Rows(input.Splits, config, SplitName.Validation),
        ]));
        text.Append("Validation holds about the requested share of each config with at least 20 samples, chosen from a hash of the id (the same run always splits the same way).\n\n");
        text.Append("### Per pipeline\n\n");
        MarkdownTable.Counts(text, "pipeline", tally.Pipelines);
        text.Append("### Per figure type\n\n");
        MarkdownTable.Counts(text, "figure type", tally.FigureTypes);
        text.Append("### Per question type\n\n");
        MarkdownTable.Counts(text, "question type", tally.QaTypes);
        AppendRates(text, input.Rates);
        AppendExamples(text, input.Examples);
        AppendLoading(text, tally.Configs.Keys.FirstOrDefault() ?? "chart");
        AppendNote(text, llm);
        return text.ToString();
    }

    private static string Rows(IReadOnlyList<HfSplitInfo> splits, string config, string split) =>
        splits.FirstOrDefault(s => s.Config == config && s.Split == split)?.Rows.ToString(CultureInfo.InvariantCulture) ?? "0";

    private static void AppendRates(StringBuilder text, IReadOnlyList<(string Run, RunStats Stats)> rates)
    {
        text.Append("## Render and quality rates\n\n");
        if (rates.Count == 0)
        {
            text.Append("No run had a `stats.json`, so no rates are known.\n\n");
            return;
        }

        MarkdownTable.Write(text, ["run", "pipeline", "planned", "written", "failed", "rendered first try", "render success", "near-duplicates dropped", "failures (stage/reason)"],
            rates.SelectMany(r => r.Stats.Pipelines.Select(p => (IReadOnlyList<string>)
            [
                r.Run,
                p.Key,
                Number(p.Value.Planned),
                Number(p.Value.Written),
                Number(p.Value.Failed),
                Percent(p.Value.Render.FirstTryRate),
                Percent(p.Value.Render.SuccessRate),
                Number(p.Value.Diversity.NearDuplicatesDropped),
                string.Join(", ", p.Value.Failures.SelectMany(s => s.Value.Select(f => $"{s.Key}/{f.Key} {f.Value}"))),
            ])));
    }

    private static void AppendExamples(StringBuilder text, IReadOnlyList<DatasetCardExample> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        text.Append("## Examples\n\n");
        foreach (var example in examples)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{example.Config}** (`{example.Id}`, {MarkdownTable.Cell(example.FigureType)})\n\n");
            text.Append(CultureInfo.InvariantCulture, $"![{example.Id}]({example.File})\n\n");
            if (example.Question is not null)
            {
                text.Append("> Q: ").Append(MarkdownTable.Cell(example.Question)).Append("  \n> A: ").Append(MarkdownTable.Cell(example.Answer ?? "")).Append("\n\n");
            }
        }
    }

    private static void AppendLoading(StringBuilder text, string config)
    {
        text.Append("## Loading\n\n```python\nfrom datasets import load_dataset\n\n");
        text.Append(CultureInfo.InvariantCulture, $"ds = load_dataset(\"path/to/this/folder-or-hub-repo\", \"{config}\", split=\"train\")\n");
        text.Append("row = ds[0]\nrow[\"image\"]            # a PIL image (the Image feature decodes the PNG bytes)\n");
        text.Append("row[\"qa_pairs\"][0]      # {'question', 'explanation', 'answer', 'type'}\nrow[\"metadata\"][\"figure_type\"]\n```\n\n");
        text.Append("Any config listed above loads the same way (all share the CoSyn-400K columns; `point` adds two); streaming (`streaming=True`) reads one row group of 100 rows at a time.\n\n");
    }

    private static void AppendNote(StringBuilder text, bool llm)
    {
        text.Append("## Model-generated content\n\n");
        text.Append(llm
            ? "Topics, data, rendering code, questions, explanations and answers were written by the language models named above. They can be wrong, inconsistent with the image, biased or repetitive, and they were not reviewed by people; the images were rendered from that code, so a question may ask about something the image does not show clearly. Check your model provider's terms before you redistribute or train on them. "
            : "No language model was used: a procedural synthesizer made the topics, data and code from built-in lexicons and random data, and computed every answer from the data. Answers are correct with respect to the data, but the text is templated and was not reviewed by people. ");
        text.Append("Personas are short synthetic descriptions of people; they condition the topics and describe no real person. ");
        text.Append("The licence is left as `other`: set the one that fits the personas, models and terms you used.\n");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
