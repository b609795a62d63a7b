using System.CommandLine;
using Cosyn.Catalog;
using Cosyn.Hosting;
using Cosyn.Hosting.Llm;
using Cosyn.Personas;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn prompts</c>: prints the exact messages an LLM stage would send, to inspect and tune the prompts.</summary>
public static class PromptsCommand
{
    public static Command Create()
    {
        var pipeline = new Option<string>("--pipeline", "-p") { Description = "Pipeline name", Required = true };
        var stage = new Option<string>("--stage") { Description = "Stage: topic, data, code, repair or qa", Required = true };
        var seed = new Option<long>("--seed") { Description = "Run seed, as given to generate", DefaultValueFactory = _ => 0 };
        var index = new Option<long>("--index") { Description = "The sample's index in a one-pipeline run", DefaultValueFactory = _ => 0 };
        var personas = new Option<string?>("--personas") { Description = "Persona file, as given to generate" };
        var command = new Command("prompts", "Print the exact messages an LLM stage would send for a sample") { pipeline, stage, seed, index, personas };
        command.SetAction(async (parse, _) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var name = parse.GetValue(pipeline)!;
                var descriptor = PipelineCatalog.Find(name) ?? throw new UserInputException($"unknown pipeline '{name}'; run 'cosyn pipelines' to list them");
                if (!LlmSynthesizer.SupportsPipeline(descriptor.Name))
                {
                    throw new UserInputException($"pipeline '{descriptor.Name}' is not supported by the LLM synthesizer yet");
                }

                var stageName = parse.GetValue(stage)!.Trim().ToLowerInvariant();
                if (!PromptPreview.Stages.Contains(stageName))
                {
                    throw new UserInputException($"unknown stage '{stageName}'; use one of {string.Join(", ", PromptPreview.Stages)}");
                }

                var runSeed = parse.GetValue(seed) is >= 0 and var s ? s : throw new UserInputException("--seed must be zero or positive");
                var sampleIndex = parse.GetValue(index) is >= 0 and < int.MaxValue and var i ? i : throw new UserInputException("--index must be zero or positive");
                var assignment = CosynDefaults.Personas(parse.GetValue(personas), runSeed);
                var text = PromptPreview.Render(descriptor, stageName, runSeed, sampleIndex, assignment, CosynDefaults.Synthesizer);
                await parse.InvocationConfiguration.Output.WriteAsync(text).ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is UserInputException or PersonaFileException)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
