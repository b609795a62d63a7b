using System.Diagnostics;
using Cosyn.Tests.Rendering.Matplotlib;
using Cosyn.Tests.Rendering.Rdkit;

namespace Cosyn.Tests.Rendering.Python;

/// <summary>
/// Both Python-worker tools (matplotlib, RDKit) bound a runaway job and keep serving: a loop times out and the worker
/// takes the next job, a memory hog fails as memory, a script that draws nothing reports no output.
/// </summary>
public sealed class PythonWorkerFailureTests(MatplotlibFixture matplotlib, RdkitFixture rdkit) : IClassFixture<MatplotlibFixture>, IClassFixture<RdkitFixture>
{
    /// <summary>Tool, a job that never ends, and a job that renders after it.</summary>
    public static TheoryData<string, string, string> Loops => new()
    {
        { ToolNames.Matplotlib, "while True:\n    pass\n", Charts.Tiny },
        { ToolNames.Rdkit, "from rdkit import Chem\nwhile True:\n    Chem.MolFromSmiles('CCO')\n", Molecules.Tiny },
    };

    public static TheoryData<string, string> MemoryHogs => new()
    {
        { ToolNames.Matplotlib, "x = bytearray(4 * 1024 ** 3)\n" },
        { ToolNames.Matplotlib, "import numpy as np\nparts = []\nwhile True:\n    parts.append(np.ones(10_000_000))\n" },
        { ToolNames.Rdkit, "from rdkit import Chem\nmols = []\nwhile True:\n    mols.append(bytearray(50 * 1024 * 1024))\n" },
    };

    public static TheoryData<string, string> DrawNothing => new()
    {
        { ToolNames.Matplotlib, "x = 1 + 1\nprint(x)\n" },
        { ToolNames.Rdkit, "from rdkit import Chem\nmol = Chem.MolFromSmiles('CCO')\nprint(mol.GetNumAtoms())\n" },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task Render_InfiniteLoop_TimesOutAndWorkerServesNextJob(string tool, string loop, string next)
    {
        var clock = Stopwatch.StartNew();
        var result = await RenderAsync(tool, loop);
        clock.Stop();

        Assert.Equal(RenderFailureKind.Timeout, result.Failure?.Kind);
        Assert.InRange(clock.Elapsed.TotalSeconds, 2.5, 6);
        var after = await RenderAsync(tool, next);
        Assert.True(after.Succeeded, after.Failure?.Message);
    }

    [Theory]
    [MemberData(nameof(MemoryHogs))]
    public async Task Render_MemoryHog_ReportsMemory(string tool, string code)
    {
        var result = await RenderAsync(tool, code, MatplotlibFixture.MemoryBound);

        Assert.Equal(RenderFailureKind.Memory, result.Failure?.Kind);
    }

    [Theory]
    [MemberData(nameof(DrawNothing))]
    public async Task Render_NothingDrawn_ReportsNoOutput(string tool, string code)
    {
        var result = await RenderAsync(tool, code);

        Assert.Equal(RenderFailureKind.NoOutput, result.Failure?.Kind);
    }

    private Task<RenderResult> RenderAsync(string tool, string code, RenderOptions? options = null) => tool switch
    {
        ToolNames.Matplotlib => matplotlib.RenderAsync(code, options),
        ToolNames.Rdkit => rdkit.RenderAsync(code, options),
        _ => throw new ArgumentException($"{tool} does not run in a Python worker", nameof(tool)),
    };
}
