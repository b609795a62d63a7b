using System.Text.Json;

namespace Cosyn.Tests.Output.Export;

/// <summary>Validates conversation exports as the training tools read them: images exist, turns alternate, one image token per conversation.</summary>
internal static class ConversationCheck
{
    /// <summary>Checks every LLaVA record and returns them.</summary>
    public static List<JsonElement> Llava(string folder)
    {
        var records = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "llava.json"))).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        foreach (var record in records)
        {
            AssertImage(folder, record.GetProperty("image").GetString()!);
            var turns = record.GetProperty("conversations").EnumerateArray().ToList();
            Assert.True(turns.Count >= 2 && turns.Count % 2 == 0, $"{record.GetProperty("id")}: {turns.Count} turns");
            for (var i = 0; i < turns.Count; i++)
            {
                Assert.Equal(i % 2 == 0 ? "human" : "gpt", turns[i].GetProperty("from").GetString());
            }

            Assert.StartsWith("<image>\n", turns[0].GetProperty("value").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, turns.Sum(t => Count(t.GetProperty("value").GetString()!)));
        }

        return records;
    }

    /// <summary>Checks ShareGPT (LLaMA-Factory) or ms-swift records, which share the messages + images shape.</summary>
    public static List<JsonElement> Messages(string folder, IEnumerable<JsonElement> records)
    {
        var list = records.ToList();
        foreach (var record in list)
        {
            var images = record.GetProperty("images").EnumerateArray().Select(i => i.GetString()!).ToList();
            AssertImage(folder, Assert.Single(images));
            var messages = record.GetProperty("messages").EnumerateArray().ToList();
            Assert.True(messages.Count >= 2 && messages.Count % 2 == 0);
            for (var i = 0; i < messages.Count; i++)
            {
                Assert.Equal(i % 2 == 0 ? "user" : "assistant", messages[i].GetProperty("role").GetString());
            }

            Assert.StartsWith("<image>", messages[0].GetProperty("content").GetString(), StringComparison.Ordinal);
            Assert.Equal(images.Count, messages.Sum(m => Count(m.GetProperty("content").GetString()!)));
        }

        return list;
    }

    public static IEnumerable<JsonElement> JsonLines(string path) =>
        File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static void AssertImage(string folder, string relative)
    {
        Assert.False(Path.IsPathRooted(relative), relative);
        Assert.True(File.Exists(Path.Combine(folder, relative)), relative);
    }

    private static int Count(string text) => (text.Length - text.Replace("<image>", "", StringComparison.Ordinal).Length) / "<image>".Length;
}
