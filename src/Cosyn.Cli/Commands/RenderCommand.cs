using System.CommandLine;
using Cosyn.Hosting;
using Cosyn.Rendering;

namespace Cosyn.Cli.Commands;

/// <summary><c>cosyn render</c>: renders one code file with a tool, in the same sandbox and post-processing a run uses.</summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var tool = new Option<string>("--tool", "-t") { Description = "Tool: " + string.Join(", ", ToolRegistry.Names), Required = true };
        var input = new Option<string>("--in", "-i") { Description = "Code file to render", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "PNG to write; on failure the log excerpt goes to PNG.log", Required = true };
        var width = new Option<int>("--width") { Description = "Viewport / figure width in CSS pixels, where the tool has one", DefaultValueFactory = _ => 1000 };
        var scale = new Option<double>("--scale") { Description = "Device scale factor / DPI multiplier", DefaultValueFactory = _ => new RenderOptions().Scale };
        var command = new Command("render", "Render one code file to a PNG, sandboxed") { tool, input, output, width, scale };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(tool)!, parse.GetValue(input)!, parse.GetValue(output)!, parse.GetValue(width), parse.GetValue(scale), parse.InvocationConfiguration.Error));
        return command;
    }

    private static async Task<int> RunAsync(string tool, string input, string output, int width, double scale, TextWriter error)
    {
        await using var renderers = CosynDefaults.CreateRenderers(1);
        if (!renderers.Tools.Contains(tool))
        {
            await error.WriteLineAsync($"error: unknown or not yet supported tool '{tool}'; supported: {string.Join(", ", renderers.Tools)}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        if (width is < 64 or > 8192 || scale is < 0.25 or > 8)
        {
            await error.WriteLineAsync("error: --width must be 64..8192 and --scale 0.25..8").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        string code;
        try
        {
            code = await File.ReadAllTextAsync(input).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot read {input}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        using var stop = new StopSignal();
        var result = await renderers.Get(tool).RenderAsync(new RenderRequest(tool, code, new RenderOptions { Width = width, Scale = scale, MeasureLayout = false }), stop.Token).ConfigureAwait(false);
        try
        {
            if (result.Png is not null)
            {
                await File.WriteAllBytesAsync(output, result.Png).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var failure = result.Failure!;
            await File.WriteAllTextAsync(output + ".log", $"{failure.Kind}: {failure.Message}\n\n{failure.LogExcerpt}\n").ConfigureAwait(false);
            await error.WriteLineAsync($"render failed ({failure.Kind}): {failure.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {output}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }
}
