namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// The offline, LLM-free maker of one pipeline's samples. Every method is a pure function of its inputs and the
/// random generator it is handed, so a seed fixes the sample. Implementations live in <c>Families/FAMILY/Writers/TOOL/</c>.
/// </summary>
public interface IProceduralPipeline
{
    /// <summary>Catalog name, e.g. <c>chart-matplotlib</c>.</summary>
    string Name { get; }

    /// <summary>Figure types this implementation can make.</summary>
    IReadOnlyList<string> FigureTypes { get; }

    ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random);

    ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random);

    string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random);

    IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random);
}
