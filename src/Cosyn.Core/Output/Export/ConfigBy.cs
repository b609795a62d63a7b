namespace Cosyn.Output.Export;

/// <summary>How exported samples are grouped into Hub configs.</summary>
public enum ConfigBy
{
    /// <summary>One config per CoSyn-400K category (chart, table, document, ...), as the released dataset.</summary>
    Category,

    /// <summary>One config per pipeline (chart-matplotlib, table-html, ...).</summary>
    Pipeline,
}
