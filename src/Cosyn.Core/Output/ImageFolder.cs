namespace Cosyn.Output;

/// <summary>The <c>images/</c> folder. Files are written to a temporary name and renamed, so a crash never leaves a partial PNG under a real name.</summary>
public sealed class ImageFolder
{
    public const string FolderName = "images";
    private readonly string _root;
    private readonly string _path;

    public ImageFolder(string outputFolder)
    {
        _root = outputFolder;
        _path = Path.Combine(outputFolder, FolderName);
        Directory.CreateDirectory(_path);
    }

    /// <summary>The image path as written in <c>samples.jsonl</c>: relative, with forward slashes.</summary>
    public static string RelativePath(string sampleId) => $"{FolderName}/{sampleId}.png";

    /// <summary>Writes the PNG atomically and returns its relative path.</summary>
    public string Write(string sampleId, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        var relative = RelativePath(sampleId);
        var final = Path.Combine(_root, relative);
        var temporary = final + ".tmp";
        File.WriteAllBytes(temporary, png);
        File.Move(temporary, final, overwrite: true);
        return relative;
    }

    /// <summary>Removes a sample's image (one that will not be written to <c>samples.jsonl</c>); a missing file is fine.</summary>
    public void Delete(string sampleId) => File.Delete(Path.Combine(_root, RelativePath(sampleId)));
}
