using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Music.Writers.Lilypond;

/// <summary>The procedural <c>music-lilypond</c> pipeline: a persona-titled short tune as JSON, engraved by a Scheme-free LilyPond score.</summary>
public sealed class MusicLilypondPipeline : IProceduralPipeline
{
    public string Name => "music-lilypond";

    public IReadOnlyList<string> FigureTypes => MusicFigureTypes.All;

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => MusicGenerator.Plan(ticket, FigureTypes, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        var spec = MusicGenerator.Generate(topic, random);
        return new ProceduralData(MusicJson.Write(spec), spec);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return LilypondWriter.Write((MusicSpec)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MusicQaGenerator.Generate((MusicSpec)data.Model, random);
    }
}
