using Cosyn.Rendering.Python;

namespace Cosyn.Tests.Rendering.Python;

public sealed class PythonFailureParserTests
{
    [Theory]
    [InlineData("timeout", null, RenderFailureKind.Timeout)]
    [InlineData("signal", "SIGXCPU", RenderFailureKind.Timeout)]
    [InlineData("signal", "SIGKILL", RenderFailureKind.Memory)]
    [InlineData("signal", "SIGSEGV", RenderFailureKind.Runtime)]
    [InlineData("no_output", null, RenderFailureKind.NoOutput)]
    [InlineData("too_large", null, RenderFailureKind.ImageRejected)]
    [InlineData("crashed", null, RenderFailureKind.Runtime)]
    public void Classify_Status_MapsToKind(string status, string? signal, RenderFailureKind expected)
    {
        var failure = PythonFailureParser.Classify("matplotlib", new PythonJobReply { Status = status, SignalName = signal });

        Assert.Equal(expected, failure?.Kind);
    }

    [Fact]
    public void Classify_MemoryErrorSubclass_IsMemory()
    {
        var reply = new PythonJobReply { Status = "exception", Type = "_ArrayMemoryError", Message = "Unable to allocate 8 GiB", Memory = true, Line = 2 };

        var failure = PythonFailureParser.Classify("matplotlib", reply)!;

        Assert.Equal(RenderFailureKind.Memory, failure.Kind);
        Assert.Equal("_ArrayMemoryError: Unable to allocate 8 GiB (line 2)", failure.Message);
    }

    [Fact]
    public void Classify_Ok_IsNull() =>
        Assert.Null(PythonFailureParser.Classify("matplotlib", new PythonJobReply { Status = "ok" }));

    [Fact]
    public void LastErrorLine_RawTraceback_FindsFinalException()
    {
        var text = "Traceback (most recent call last):\n  File \"w.py\", line 3, in <module>\n    import matplotlib\nModuleNotFoundError: No module named 'matplotlib'\n";

        Assert.Equal("ModuleNotFoundError: No module named 'matplotlib'", PythonFailureParser.LastErrorLine(text));
    }
}
