using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cosyn.Output.Export.Conversations;

/// <summary>
/// LLaVA JSON, LLaMA-Factory ShareGPT (with its <c>dataset_info.json</c> entry) and ms-swift JSONL: one conversation
/// per sample (or per <c>--max-turns</c> chunk), its image linked into <c>images/</c> and referenced relatively.
/// Each record is written as it is read, so memory stays flat.
/// </summary>
public sealed class ConversationExporter : IDatasetExporter
{
    public const string ImagesFolder = "images";
    public const string LlavaFile = "llava.json";
    public const string ShareGptFile = "sharegpt.json";
    public const string DatasetInfoFile = "dataset_info.json";
    public const string SwiftFile = "train.jsonl";

    /// <summary>The dataset name in LLaMA-Factory's <c>dataset_info.json</c> (<c>--dataset cosyn</c>).</summary>
    public const string ShareGptDatasetName = "cosyn";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExportAsync(ExportInput input, ExportOptions options, ExportResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(result);
        var file = options.Format switch
        {
            ExportFormat.Llava => LlavaFile,
            ExportFormat.ShareGpt => ShareGptFile,
            ExportFormat.Swift => SwiftFile,
            _ => throw new ArgumentException($"not a conversation format: {options.Format}", nameof(options)),
        };
        Directory.CreateDirectory(Path.Combine(options.Output, ImagesFolder));
        var lines = options.Format == ExportFormat.Swift;
        var stream = new FileStream(Path.Combine(options.Output, file), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        await using (stream.ConfigureAwait(false))
        {
            var json = new Utf8JsonWriter(stream, WriterOptions);
            await using (json.ConfigureAwait(false))
            {
                if (!lines)
                {
                    json.WriteStartArray();
                }

                foreach (var candidate in input.Candidates())
                {
                    var skipped = candidate.Skipped ?? Check(candidate);
                    if (skipped is not null)
                    {
                        result.Skipped.Add(skipped);
                        continue;
                    }

                    var sample = candidate.Sample!;
                    var image = $"{ImagesFolder}/{sample.Id}.png";
                    ImageLinker.LinkOrCopy(candidate.ImagePath!, Path.Combine(options.Output, image));
                    var chunks = Conversations.ConversationTurns.Build(sample, options.AnswerStyle, options.MaxTurns);
                    for (var i = 0; i < chunks.Count; i++)
                    {
                        var id = chunks.Count == 1 ? sample.Id : $"{sample.Id}-{i}";
                        ConversationRecord.Write(json, options.Format, id, image, chunks[i]);
                        if (lines)
                        {
                            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                            stream.WriteByte((byte)'\n');
                            json.Reset();
                        }
                    }

                    result.Exported++;
                    if (json.BytesPending > 1 << 16)
                    {
                        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                if (!lines)
                {
                    json.WriteEndArray();
                }

                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        result.Files.Add(file);
        if (options.Format == ExportFormat.ShareGpt)
        {
            await File.WriteAllTextAsync(Path.Combine(options.Output, DatasetInfoFile), DatasetInfoJson(), cancellationToken).ConfigureAwait(false);
            result.Files.Add(DatasetInfoFile);
        }
    }

    /// <summary>LLaMA-Factory's registration of the ShareGPT file: the multimodal columns and OpenAI-style role tags.</summary>
    public static string DatasetInfoJson() => $$"""
        {
          "{{ShareGptDatasetName}}": {
            "file_name": "{{ShareGptFile}}",
            "formatting": "sharegpt",
            "columns": { "messages": "messages", "images": "images" },
            "tags": { "role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant" }
          }
        }

        """;

    private static SkippedSample? Check(ExportCandidate candidate)
    {
        var sample = candidate.Sample!;
        if (sample.QaPairs.Count == 0 && (sample.Questions?.Count ?? 0) == 0)
        {
            return new SkippedSample(sample.Id, candidate.Run, "no questions");
        }

        return ExportImage.Check(candidate.ImagePath!) is { } problem ? new SkippedSample(sample.Id, candidate.Run, problem) : null;
    }
}
