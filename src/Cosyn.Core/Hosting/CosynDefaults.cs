using Cosyn.Engine;
using Cosyn.Personas;
using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;
using Cosyn.Rendering;
using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.Python;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Hosting;

/// <summary>The default implementations, shared by the CLI and the benchmarks so both run exactly what users run.</summary>
public static class CosynDefaults
{
    /// <summary>The offline procedural synthesizer over every built-in pipeline.</summary>
    public static ISynthesizer Synthesizer { get; } = ProceduralSynthesizer.CreateDefault();

    /// <summary>Every renderer, sandboxed and post-processed, with <paramref name="concurrency"/> workers per warm tool.</summary>
    public static RendererRegistry CreateRenderers(int concurrency) =>
        RendererRegistry.CreateDefault(new RenderingSettings
        {
            Python = new PythonWorkerOptions { Concurrency = Math.Max(1, concurrency) },
            Chromium = new ChromiumOptions { Concurrency = Math.Max(1, concurrency) },
        });

    /// <summary>The quality gate of <c>generate</c>: every check, the default thresholds, tesseract (sandboxed) where a renderer measured no text.</summary>
    public static QualityChecker CreateQualityGate()
    {
        var options = new QualityOptions();
        return new QualityChecker(TesseractOcr.CreateDefault(options.OcrTimeout), options);
    }

    /// <summary>Personas from <paramref name="file"/> (Persona Hub JSONL or plain text), or the built-in library when null.</summary>
    /// <exception cref="PersonaFileException">The file cannot be used; the message is one line.</exception>
    /// <param name="file">Persona file; null for the built-in library.</param>
    /// <param name="runSeed">The run seed the draw is keyed by.</param>
    /// <param name="excluded">Persona texts never to draw (other runs' personas, for a disjoint benchmark); null or empty for none.</param>
    public static IPersonaAssignment Personas(string? file, long runSeed, IReadOnlyCollection<string>? excluded = null)
    {
        IPersonaSource source = file is null ? BuiltInPersonaLibrary.Default : PersonaFileSource.Load(file);
        return new SampledPersonas(excluded is { Count: > 0 } ? new ExcludingPersonaSource(source, excluded) : source, runSeed);
    }
}
