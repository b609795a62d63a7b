namespace Cosyn.Catalog;

/// <summary>A pipeline family: one <c>Families/FAMILY/</c> folder, its released-dataset category and the kind of image it draws.</summary>
/// <param name="Category">The CoSyn-400K category (Hub config name), e.g. <c>chemical</c>.</param>
/// <param name="ImageKind">The broad kind of image, in the catalog's words, e.g. <c>molecule</c>.</param>
public sealed record PipelineFamily(string Category, string ImageKind)
{
    public static PipelineFamily Chart { get; } = new("chart", "chart");

    public static PipelineFamily Table { get; } = new("table", "table");

    public static PipelineFamily Document { get; } = new("document", "document");

    public static PipelineFamily Diagram { get; } = new("diagram", "diagram");

    public static PipelineFamily Circuit { get; } = new("circuit", "circuit");

    public static PipelineFamily Chemical { get; } = new("chemical", "molecule");

    public static PipelineFamily Math { get; } = new("math", "math");

    public static PipelineFamily Music { get; } = new("music", "sheet music");

    public static PipelineFamily Graphic { get; } = new("graphic", "vector graphic");

    public static PipelineFamily Screen { get; } = new("screen", "screen");

    public static PipelineFamily Point { get; } = new("point", "pointing");
}
