using System.CommandLine;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn generate</c>: makes a dataset. Its flags are shared with <c>cosyn estimate</c>.</summary>
public static class GenerateCommand
{
    /// <param name="environment">Reads the API key variables.</param>
    public static Command Create(Func<string, string?> environment) =>
        Build(
            "generate",
            "Generate samples: offline with the procedural synthesizer, or with an LLM (--provider)",
            needsOutput: true,
            (request, output, error) => GenerateRunner.RunAsync(request, output, error, environment));

    /// <summary>A command with every flag of <c>generate</c>, running <paramref name="action"/> on what was typed.</summary>
    public static Command Build(string name, string description, bool needsOutput, Func<GenerateRequest, TextWriter, TextWriter, Task<int>> action)
    {
        var pipeline = new Option<string?>("--pipeline", "-p")
        {
            Description = "Pipeline name, or several separated by commas, or 'all' for every implemented one (optional with --query)",
        };
        var query = new Option<string?>("--query", "-q") { Description = "What the data should be about, e.g. \"nutrition fact labels\": routed to pipelines and figure types (see 'cosyn route')" };
        var count = new Option<int>("--count", "-n") { Description = "Samples to write in total (split evenly across pipelines, or by routing weight with --query)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created; rerun the same command on it to resume)", Required = needsOutput };
        var seed = new Option<long>("--seed") { Description = "Run seed; the same seed gives the same bytes", DefaultValueFactory = _ => 0 };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Samples in flight per stage", DefaultValueFactory = _ => Environment.ProcessorCount };
        var personas = new Option<string?>("--personas") { Description = "Persona file: Persona Hub JSONL ({\"persona\": ...} per line) or one persona per line" };
        var repairs = new Option<int>("--repair-attempts") { Description = "Times a failed render goes back to the code model with its error (LLM runs); as many again for quality-gate findings where the synthesizer repairs layouts", DefaultValueFactory = _ => 2 };
        var provider = new Option<string?>("--provider") { Description = "LLM provider: openai, anthropic, ollama or openai-compatible (default: the offline procedural synthesizer)" };
        var model = new Option<string?>("--model") { Description = "Model for every stage without its own" };
        var baseUrl = new Option<string?>("--base-url") { Description = "API base URL (required for openai-compatible; ollama: http://localhost:11434/v1)" };
        var topicModel = new Option<string?>("--topic-model") { Description = "Model for the topic stage" };
        var dataModel = new Option<string?>("--data-model") { Description = "Model for the data stage" };
        var codeModel = new Option<string?>("--code-model") { Description = "Model for the code stage and its repairs" };
        var qaModel = new Option<string?>("--qa-model") { Description = "Model for the QA stage" };
        var temperature = new Option<float?>("--temperature") { Description = "Sampling temperature, 0-2 (default: the provider's)" };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Largest reply in tokens (default 4096)" };
        var verify = new Option<bool>("--verify") { Description = "A second, independent call answers each question from the code; pairs whose answers disagree (numbers beyond 5 %, other text ignoring case and punctuation) are dropped and counted" };
        var verifyModel = new Option<string?>("--verify-model") { Description = "Model for the --verify answers (default: the QA model; implies --verify)" };

        var keepNearDuplicates = new Option<bool>("--keep-near-duplicates") { Description = "Write images that nearly repeat an earlier one (default: drop and replace them)" };
        var noQualityGate = new Option<bool>("--no-quality-gate") { Description = "Write every rendered sample without the quality checks (default: check each sample's image, layout and QA before writing it and replace those that fail)" };
        var keepRejected = new Option<bool>("--keep-rejected") { Description = "Write the samples the quality gate rejected to OUT/rejected/ (images and rejected.jsonl with the reasons)" };
        var shard = new Option<string?>("--shard") { Description = "Compute shard i of N (e.g. 0/4) of the run's plan into --out; 'cosyn merge' joins the shards into the single run's bytes" };
        var shards = new Option<int?>("--shards") { Description = "Shard count N when the index comes from JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm arrays set SLURM_ARRAY_TASK_COUNT themselves)" };
        var command = new Command(name, description)
        {
            pipeline, query, count, output, seed, concurrency, personas, keepNearDuplicates, noQualityGate, keepRejected, repairs, provider, model, baseUrl, topicModel, dataModel, codeModel, qaModel, temperature, maxTokens, verify, verifyModel, shard, shards,
        };

        // LLM call flags (issue 6 middleware): pacing, patience, prices.
        var llmCalls = new LlmCallFlagOptions();
        foreach (var option in llmCalls.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, _) => action(
            new GenerateRequest(
                parse.GetValue(pipeline),
                parse.GetValue(count),
                parse.GetValue(output) ?? string.Empty,
                parse.GetValue(seed),
                parse.GetValue(concurrency),
                parse.GetValue(personas),
                parse.GetValue(query),
                parse.GetValue(keepNearDuplicates),
                parse.GetValue(repairs),
                new LlmFlags(
                    parse.GetValue(provider),
                    parse.GetValue(model),
                    parse.GetValue(baseUrl),
                    parse.GetValue(topicModel),
                    parse.GetValue(dataModel),
                    parse.GetValue(codeModel),
                    parse.GetValue(qaModel),
                    parse.GetValue(temperature),
                    parse.GetValue(maxTokens),
                    parse.GetValue(verify),
                    parse.GetValue(verifyModel)),
                llmCalls.Read(parse),
                parse.GetValue(shard),
                parse.GetValue(shards),
                !parse.GetValue(noQualityGate),
                parse.GetValue(keepRejected)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
