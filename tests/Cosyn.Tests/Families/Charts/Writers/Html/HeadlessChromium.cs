using System.Diagnostics;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>Screenshots an HTML file with the headless Chromium command line (one fresh profile per call).</summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Available => File.Exists(Path);

    public static string? Screenshot(string html, string png, int width, int height)
    {
        var profile = Directory.CreateTempSubdirectory("cosyn-chromium-");
        try
        {
            var info = new ProcessStartInfo(Path,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=2", $"--user-data-dir={profile.FullName}",
                $"--screenshot={png}", $"--window-size={width},{height}", new Uri(html).AbsoluteUri,
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return "chromium timed out";
            }

            return File.Exists(png) ? null : $"no screenshot (exit {process.ExitCode}): {stderr.Result[..Math.Min(400, stderr.Result.Length)]}";
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
