using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;

namespace Cosyn.Evaluation.Prediction;

/// <summary>
/// Asks a vision-language model every question of a run whose id the predictions file lacks, image and question
/// together, and appends each answer as it comes. The client is expected to carry the run middleware (cache,
/// retries, outage waiting), so a rerun answers finished calls from the cache and only retries what failed.
/// </summary>
public sealed class PredictionRunner(IChatClient client, ChatOptions? options = null)
{
    /// <param name="questions">The questions, with the image path relative to <paramref name="folder"/>.</param>
    /// <param name="folder">The run folder the images are in.</param>
    /// <param name="output">The predictions file, appended.</param>
    /// <param name="concurrency">Questions in flight.</param>
    /// <param name="cancellationToken">Ctrl+C or the LLM layer's halt: stops taking questions, keeps what is written.</param>
    public async Task<PredictionResult> RunAsync(IReadOnlyList<EvalReference> questions, string folder, PredictionsAppender output, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(output);
        var todo = questions.Where(q => !output.Existing.Contains(q.Id)).ToList();
        var failed = new List<string>();
        var predicted = 0;
        string? stopped = null;
        try
        {
            await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (question, token) =>
            {
                try
                {
                    var png = await File.ReadAllBytesAsync(Path.Combine(folder, question.Image!), token).ConfigureAwait(false);
                    var response = await client.GetResponseAsync(VisionPrompt.Build(png, question.Question ?? ""), options, token).ConfigureAwait(false);
                    output.Append(question.Id, response.Text.Trim());
                    Interlocked.Increment(ref predicted);
                }
                catch (Exception ex) when (ex is LlmCallException or IOException)
                {
                    lock (failed)
                    {
                        failed.Add($"{question.Id}: {ex.Message}");
                    }
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex)
        {
            stopped = ex.Message;
        }

        return new PredictionResult(questions.Count, questions.Count - todo.Count, predicted, failed, stopped);
    }
}
