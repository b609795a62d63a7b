using Cosyn.Tests.Families.Chemistry.Checking;
using Cosyn.Tests.Families.Circuits.Checking;
using Cosyn.Tests.Families.Diagrams.Checking;
using Cosyn.Tests.Families.Documents.Checking;
using Cosyn.Tests.Families.Graphics.Checking;
using Cosyn.Tests.Families.Mathematics.Checking;
using Cosyn.Tests.Families.Music.Checking;
using Cosyn.Tests.Families.Screens.Checking;
using Cosyn.Tests.Families.Tables.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>One numeric CSV column: header name without the unit, the unit, and the cells (null = empty).</summary>
internal sealed record CheckerColumn(string Name, string Unit, List<decimal?> Values)
{
    public List<decimal> Present => [.. Values.OfType<decimal>()];

    public bool HasGaps => Values.Any(v => v is null);
}
