using Cosyn.Families.Chemistry;
using Cosyn.Families.Chemistry.Writers.Rdkit;
using Cosyn.Tests.Rendering.Rdkit;
using SkiaSharp;

namespace Cosyn.Tests.Families.Chemistry;

/// <summary>Renders generated drawing code with the production RDKit renderer: canvas size, legend text (OCR) and highlight colour.</summary>
public sealed class ChemicalRdkitRenderTests(RdkitFixture fixture) : IClassFixture<RdkitFixture>
{
    [Fact]
    public async Task GeneratedCode_RendersAtItsCanvasSize_WithTheLegendReadableAndTheGroupHighlighted()
    {
        var pipeline = new ChemicalRdkitPipeline();
        var failures = new List<string>();
        foreach (var figureType in pipeline.FigureTypes)
        {
            foreach (var seed in new long[] { 1, 2, 3 })
            {
                var sample = RoutedSamples.Make(pipeline, seed, figureType);
                var spec = (ChemicalSpec)sample.Data.Model;
                var result = await fixture.RenderAsync(sample.Code);
                var where = $"{figureType} seed {seed} ({spec.Compound.Name})";
                if (!result.Succeeded)
                {
                    failures.Add($"{where}: {result.Failure?.Message}");
                    continue;
                }

                var canvas = Regex.Match(sample.Code, @"MolDraw2DCairo\((?<w>\d+), (?<h>\d+)\)");
                using var bitmap = TestImages.Decode(result.Png!);
                if ((bitmap.Width, bitmap.Height) != (Int(canvas, "w"), Int(canvas, "h")))
                {
                    failures.Add($"{where}: {bitmap.Width}x{bitmap.Height} is not the canvas {canvas.Value}");
                }

                var text = Regex.Replace(await Ocr.ReadAsync(result.Png!), @"\s+", " ");
                var word = spec.Legend.Split(' ', '-', ',').MaxBy(w => w.Length)!;
                if (word.Length >= 4 && !text.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{where}: legend word '{word}' not read in: {text}");
                }

                if (spec.HighlightGroup is not null && TestImages.CountPixels(result.Png!, IsHighlight(sample.Code)) < 200)
                {
                    failures.Add($"{where}: no {spec.HighlightGroup} highlight colour in the image");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // The highlight colour the code asks for, matched within a small tolerance (anti-aliasing).
    private static Func<SKColor, bool> IsHighlight(string code)
    {
        var rgb = Regex.Match(code, @"colour = \((?<r>[\d.]+), (?<g>[\d.]+), (?<b>[\d.]+)\)");
        byte Channel(string name) => (byte)Math.Round(double.Parse(rgb.Groups[name].Value, CultureInfo.InvariantCulture) * 255);
        var (r, g, b) = (Channel("r"), Channel("g"), Channel("b"));
        return c => Math.Abs(c.Red - r) <= 6 && Math.Abs(c.Green - g) <= 6 && Math.Abs(c.Blue - b) <= 6;
    }
}
