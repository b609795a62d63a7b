namespace Cosyn.Tests.Rendering.Rdkit;

public sealed class RdkitFailureTests(RdkitFixture fixture) : IClassFixture<RdkitFixture>
{
    [Fact]
    public async Task Render_InvalidSmiles_ReportsRuntimeWithRdkitParseError()
    {
        var result = await fixture.RenderAsync(Molecules.InvalidSmiles);

        var failure = result.Failure!;
        Assert.Equal(RenderFailureKind.Runtime, failure.Kind);
        Assert.Equal(ToolNames.Rdkit, failure.Tool);
        Assert.StartsWith("ValueError: Null molecule provided -- SMILES Parse Error", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 5)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("SMILES Parse Error", failure.LogExcerpt, StringComparison.Ordinal);
        Assert.Contains("img = Draw.MolToImage(mol, size=(300, 300))", failure.LogExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("python_worker", failure.LogExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NoneMolIntoDrawer_ReportsOneLineArgumentError()
    {
        var code = "from rdkit import Chem\nfrom rdkit.Chem.Draw import rdMolDraw2D\nd = rdMolDraw2D.MolDraw2DCairo(300, 300)\nd.DrawMolecule(Chem.MolFromSmiles('XYZ'))\n";

        var result = await fixture.RenderAsync(code);

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.DoesNotContain('\n', result.Failure!.Message);
        Assert.Contains("MolDraw2D.DrawMolecule(MolDraw2DCairo, NoneType)", result.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("SMILES Parse Error", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PngDeclaringHugeCanvas_IsRejectedBeforeAnyoneDecodesIt()
    {
        var code = """
            import struct, zlib
            def chunk(kind, data):
                return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
            header = struct.pack('>IIBBBBB', 30000, 30000, 8, 2, 0, 0, 0)
            with open('molecule.png', 'wb') as f:
                f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IEND', b''))
            """;

        var result = await fixture.RenderAsync(code);

        Assert.Equal(RenderFailureKind.ImageRejected, result.Failure?.Kind);
        Assert.Contains("30000x30000", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_FetchesMoleculeFromNetwork_Fails()
    {
        var code = "import urllib.request\nsdf = urllib.request.urlopen('http://1.1.1.1/aspirin.sdf', timeout=2).read()\n";

        var result = await fixture.RenderAsync(code);

        Assert.Equal(RenderFailureKind.Runtime, result.Failure?.Kind);
        Assert.Contains("URLError", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_WritesOutsideJobDir_FailsAndLeavesNoFile()
    {
        string[] targets = ["/etc/cosyn-rdkit-probe.txt", "/usr/cosyn-rdkit-probe.sdf", Path.Combine(AppContext.BaseDirectory, "cosyn-rdkit-probe.mol")];
        var code = $$"""
            from rdkit import Chem
            from rdkit.Chem import Draw
            mol = Chem.MolFromSmiles('CCO')
            written = []
            for path in {{"[" + string.Join(", ", targets.Select(t => $"'{t}'")) + "]"}}:
                try:
                    with open(path, 'w') as f:
                        f.write(Chem.MolToMolBlock(mol))
                    written.append(path)
                except OSError:
                    pass
            if written:
                raise RuntimeError('wrote ' + ', '.join(written))
            Draw.MolToImage(mol).save('/etc/cosyn-rdkit-probe.png')
            """;

        var result = await fixture.RenderAsync(code);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.All([.. targets, "/etc/cosyn-rdkit-probe.png"], t => Assert.False(File.Exists(t), t));
    }
}
