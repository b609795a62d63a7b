namespace Cosyn.Rendering.Lilypond;

/// <summary>How <see cref="LilypondRenderer"/> shares one LilyPond process among concurrent scores.</summary>
public sealed record LilypondBatchOptions
{
    /// <summary>Batching off: every score renders in its own process.</summary>
    public static LilypondBatchOptions Disabled { get; } = new() { MaxJobs = 1 };

    /// <summary>Most scores in one process. Default 8 (start-up is paid once per batch); 1 turns batching off.</summary>
    public int MaxJobs { get; init; } = 8;

    /// <summary>
    /// True (default): the shared process writes cropped EPS and one Ghostscript process converts them all
    /// (<see cref="LilypondConversion"/>). False: LilyPond converts each score itself, two gs processes per score
    /// (the way before; the bench compares both).
    /// </summary>
    public bool ConvertTogether { get; init; } = true;

    /// <summary>How long the first request of a batch waits for others. Default 150 ms (LilyPond starts in ~3-4 s).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMilliseconds(150);
}
