namespace Cosyn.Families.Music;

/// <summary>The stages of music pipelines: a persona-titled short tune, its JSON, and QA from the notes.</summary>
public static class MusicStages
{
    /// <summary>The stages for one pipeline.</summary>
    public static PipelineStages<MusicPlan, MusicSpec> Create() =>
        new(MusicGenerator.Plan, MusicGenerator.Generate, MusicJson.Write, MusicQaGenerator.Generate);
}
