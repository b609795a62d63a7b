using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Tables.Writers.Latex;

/// <summary>The procedural <c>table-latex</c> pipeline: shared table stages, typeset with booktabs in a small article.</summary>
public sealed class TableLatexPipeline() : StagedPipeline<TablePlan, TableSpec>(Definition, TableStages.Create(), new LatexTableWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("table-latex", PipelineFamily.Table, ToolNames.Latex, TableFigureTypes.All, SupportsLlm: true, () => new TableLatexPipeline());
}
