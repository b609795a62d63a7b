namespace Cosyn.Rendering.Python;

/// <summary>One job on the worker's wire protocol (serialised snake_case, one JSON line).</summary>
/// <param name="Kind">Job mode (see <see cref="PythonJobKinds"/>): what the code uses and what is captured.</param>
/// <param name="Id">Job id, unique per worker; also the job directory name.</param>
/// <param name="Code">Untrusted Python source.</param>
/// <param name="TimeoutS">Wall-clock bound in seconds; RLIMIT_CPU is set one second above it.</param>
/// <param name="MemoryMib">RLIMIT_AS for the job process.</param>
/// <param name="MaxOutputBytes">Largest output file (PNG or JSON) accepted.</param>
/// <param name="Dpi">Output resolution: 100 x scale.</param>
public sealed record PythonJob(string Kind, long Id, string Code, double TimeoutS, int MemoryMib, long MaxOutputBytes, double Dpi);
