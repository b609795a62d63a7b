using Cosyn.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace Cosyn.Tests.Examples;

/// <summary>examples/kubernetes holds an Indexed Job whose shards line up with cosyn's flags, a merge Job, and a Debian 12 image run as non-root.</summary>
public sealed class KubernetesExampleTests
{
    private static readonly List<YamlMappingNode> Documents = Load();

    [Fact]
    public void The_generate_job_is_indexed_with_one_shard_per_completion()
    {
        var spec = Map(Job("cosyn-generate"), "spec");

        Assert.Equal("Indexed", Scalar(spec, "completionMode"));
        Assert.Equal("4", Scalar(spec, "completions"));
        Assert.Equal(Scalar(spec, "completions"), Scalar(spec, "parallelism"));
        var container = (YamlMappingNode)((YamlSequenceNode)Map(Map(spec, "template"), "spec")["containers"]).Children[0];
        var args = ((YamlSequenceNode)container["args"]).Children.Select(a => ((YamlScalarNode)a).Value).ToList();
        Assert.Equal("generate", args[0]);
        Assert.Equal(Scalar(spec, "completions"), args[args.IndexOf("--shards") + 1]);
        Assert.EndsWith("/shard-$(JOB_COMPLETION_INDEX)", args[args.IndexOf("--out") + 1], StringComparison.Ordinal);
        var env = (YamlMappingNode)((YamlSequenceNode)container["env"]).Children[0];
        Assert.Equal("JOB_COMPLETION_INDEX", Scalar(env, "name"));
    }

    [Fact]
    public void Both_jobs_share_the_claimed_volume_and_the_merge_joins_the_shards()
    {
        var claim = Documents.Single(d => Scalar(d, "kind") == "PersistentVolumeClaim");
        var name = Scalar(Map(claim, "metadata"), "name");
        Assert.Contains("ReadWriteMany", ((YamlSequenceNode)Map(claim, "spec")["accessModes"]).Children.Select(c => ((YamlScalarNode)c).Value));
        foreach (var job in new[] { Job("cosyn-generate"), Job("cosyn-merge") })
        {
            var pod = Map(Map(Map(job, "spec"), "template"), "spec");
            var volume = (YamlMappingNode)((YamlSequenceNode)pod["volumes"]).Children[0];
            Assert.Equal(name, Scalar(Map(volume, "persistentVolumeClaim"), "claimName"));
            Assert.Equal("true", Scalar(Map(pod, "securityContext"), "runAsNonRoot"));
        }

        var merge = (YamlMappingNode)((YamlSequenceNode)Map(Map(Map(Job("cosyn-merge"), "spec"), "template"), "spec")["containers"]).Children[0];
        Assert.Contains("cosyn merge --out /data/run/merged /data/run/shard-*", ((YamlSequenceNode)merge["args"]).Children.Select(a => ((YamlScalarNode)a).Value));
    }

    [Fact]
    public void The_image_is_debian_12_bootstrapped_and_not_root()
    {
        var lines = RepoFiles.Read("examples/kubernetes/Dockerfile").Split('\n');

        Assert.Contains("FROM debian:12", lines);
        Assert.Contains(lines, l => l.StartsWith("RUN scripts/bootstrap.sh", StringComparison.Ordinal));
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.NotEqual("USER root", user);
    }

    private static YamlMappingNode Job(string name) =>
        Documents.Single(d => Scalar(d, "kind") == "Job" && Scalar(Map(d, "metadata"), "name") == name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;

    private static List<YamlMappingNode> Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepoFiles.Read("examples/kubernetes/job.yaml"));
        stream.Load(reader);
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }
}
