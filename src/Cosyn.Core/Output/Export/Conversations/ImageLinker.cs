using System.Runtime.InteropServices;

namespace Cosyn.Output.Export.Conversations;

/// <summary>Puts a sample's image into the export: a hard link (no copy, no space) where the file system allows, else a copy.</summary>
public static class ImageLinker
{
    /// <summary>Links or copies <paramref name="source"/> to <paramref name="target"/>; true when it was linked.</summary>
    public static bool LinkOrCopy(string source, string target)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            // link(2): EXDEV across file systems, EPERM on some mounts; both fall back to a copy.
            if (Link(source, target) == 0)
            {
                return true;
            }
        }

        File.Copy(source, target, overwrite: true);
        return false;
    }

    // DllImport, not LibraryImport: the generated marshaller would need unsafe code in the whole assembly for one call.
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(string oldPath, string newPath);
}
