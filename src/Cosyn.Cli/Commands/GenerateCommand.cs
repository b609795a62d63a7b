using System.CommandLine;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn generate</c>: makes a dataset.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string>("--pipeline", "-p")
        {
            Description = "Pipeline name, or several separated by commas, or 'all' for every implemented one",
            Required = true,
        };
        var count = new Option<int>("--count", "-n") { Description = "Samples to write in total (split evenly across pipelines)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Output folder (created; rerun the same command on it to resume)", Required = true };
        var seed = new Option<long>("--seed") { Description = "Run seed; the same seed gives the same bytes", DefaultValueFactory = _ => 0 };
        var concurrency = new Option<int>("--concurrency", "-j") { Description = "Samples in flight per stage", DefaultValueFactory = _ => Environment.ProcessorCount };
        var personas = new Option<string?>("--personas") { Description = "Persona file: Persona Hub JSONL ({\"persona\": ...} per line) or one persona per line" };

        var command = new Command("generate", "Generate samples offline with the procedural synthesizer") { pipeline, count, output, seed, concurrency, personas };

        // LLM call flags (issue 6 middleware): pacing, patience, prices.
        var llmCalls = new LlmCallFlagOptions();
        foreach (var option in llmCalls.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, _) => GenerateRunner.RunAsync(
            new GenerateRequest(
                parse.GetValue(pipeline)!,
                parse.GetValue(count),
                parse.GetValue(output)!,
                parse.GetValue(seed),
                parse.GetValue(concurrency),
                parse.GetValue(personas),
                llmCalls.Read(parse)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
