using System.Collections.Concurrent;
using System.Net;
using PuppeteerSharp;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// Request interception: our made-up origin is served from memory (host pages, npm builds, the document being
/// rendered); every other request, and any main-frame navigation we did not start, is aborted and logged.
/// </summary>
internal sealed class ChromiumRouter(NodeAssets assets, ChromiumPageLog log)
{
    /// <summary>
    /// Not <c>localhost</c>: a plain-http, non-local origin is not a secure context, so service workers and
    /// other powerful APIs are unavailable to page code.
    /// </summary>
    public const string Origin = "http://cosyn.render";

    private const string LibraryPrefix = "/lib/";

    // Page code may only talk to our origin, even if interception were bypassed.
    private const string Csp = "default-src 'self' data: blob: 'unsafe-inline' 'unsafe-eval'; connect-src 'self'; frame-src 'self' data:";

    private readonly ConcurrentDictionary<string, (string ContentType, byte[] Body)> _documents = new(StringComparer.Ordinal);
    private volatile string? _allowedNavigation;

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> (replacing earlier documents) and allows the main frame to go there.</summary>
    public string ServeDocument(string path, string html)
    {
        _documents.Clear();
        _documents[path] = ("text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(html));
        _allowedNavigation = Origin + path;
        return Origin + path;
    }

    /// <summary>Handles one intercepted request; never throws (the page may be gone).</summary>
    public async Task HandleAsync(IRequest request)
    {
        try
        {
            if (Resolve(request) is { } response)
            {
                await request.RespondAsync(response).ConfigureAwait(false);
                return;
            }

            log.Block(request.Url);
            await request.AbortAsync(RequestAbortErrorCode.BlockedByClient).ConfigureAwait(false);
        }
        catch (PuppeteerException)
        {
            // The page closed or crashed mid-request.
        }
    }

    private ResponseData? Resolve(IRequest request)
    {
        // 204 keeps the current document: an abort would replace it with Chrome's "blocked" error page.
        if (request.IsNavigationRequest && request.Frame?.ParentFrame is null && request.Url != _allowedNavigation)
        {
            log.Block(request.Url);
            return Respond(HttpStatusCode.NoContent, "text/plain", []);
        }

        if (!request.Url.StartsWith(Origin + "/", StringComparison.Ordinal) || !Uri.TryCreate(request.Url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (_documents.TryGetValue(uri.AbsolutePath, out var document))
        {
            return Respond(HttpStatusCode.OK, document.ContentType, document.Body);
        }

        if (uri.AbsolutePath.StartsWith(LibraryPrefix, StringComparison.Ordinal)
            && assets.Read(Uri.UnescapeDataString(uri.AbsolutePath[LibraryPrefix.Length..])) is { } file)
        {
            return Respond(HttpStatusCode.OK, ContentType(uri.AbsolutePath), file);
        }

        // Our origin, unknown path (e.g. a relative data URL): a quick 404 rather than a hang.
        log.Block(request.Url);
        return Respond(HttpStatusCode.NotFound, "text/plain", "not available offline"u8.ToArray());
    }

    private static ResponseData Respond(HttpStatusCode status, string contentType, byte[] body) => new()
    {
        Status = status,
        ContentType = contentType,
        BodyData = body,
        Headers = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Content-Security-Policy"] = Csp,
            ["Cache-Control"] = "no-store",
        },
    };

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
