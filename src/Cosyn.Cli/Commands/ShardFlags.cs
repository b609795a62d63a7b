using System.Globalization;
using Cosyn.Engine;

namespace Cosyn.Cli.Commands;

/// <summary>
/// Which shard a <c>generate</c> process computes: <c>--shard i/N</c>; else a Kubernetes Indexed Job's
/// <c>JOB_COMPLETION_INDEX</c> with <c>--shards N</c>; else a Slurm array task's <c>SLURM_ARRAY_TASK_ID</c>
/// (less <c>SLURM_ARRAY_TASK_MIN</c>, so <c>--array=1-4</c> works too) of <c>SLURM_ARRAY_TASK_COUNT</c> or <c>--shards N</c>.
/// </summary>
public static class ShardFlags
{
    /// <summary>The shard, with where it came from; null for a whole run. Throws <see cref="UserInputException"/> on bad input.</summary>
    public static (ShardSpec Spec, string Source)? Resolve(string? shard, int? shards, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (shard is not null)
        {
            if (shards is not null)
            {
                throw new UserInputException("--shard i/N already says N; drop --shards");
            }

            return (ShardSpec.TryParse(shard, out var error) ?? throw new UserInputException($"--shard: {error}"), "--shard");
        }

        if (environment("JOB_COMPLETION_INDEX") is { } completion)
        {
            var count = shards ?? throw new UserInputException("JOB_COMPLETION_INDEX is set: pass --shards N (the Job's completions) to run as its shard");
            return (Create(Number("JOB_COMPLETION_INDEX", completion), count), "JOB_COMPLETION_INDEX");
        }

        if (environment("SLURM_ARRAY_TASK_ID") is { } task)
        {
            var minimum = environment("SLURM_ARRAY_TASK_MIN") is { } min ? Number("SLURM_ARRAY_TASK_MIN", min) : 0;
            var count = shards ?? (environment("SLURM_ARRAY_TASK_COUNT") is { } total
                ? Number("SLURM_ARRAY_TASK_COUNT", total)
                : throw new UserInputException("SLURM_ARRAY_TASK_ID is set without SLURM_ARRAY_TASK_COUNT: pass --shards N"));
            return (Create(Number("SLURM_ARRAY_TASK_ID", task) - minimum, count), "SLURM_ARRAY_TASK_ID");
        }

        return shards is null ? null : throw new UserInputException("--shards N needs JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set (or use --shard i/N)");
    }

    private static ShardSpec Create(int index, int count) =>
        ShardSpec.Create(index, count, out var error) ?? throw new UserInputException($"shard {index}/{count}: {error}");

    private static int Number(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw new UserInputException($"{name} is '{value}', not a number");
}
