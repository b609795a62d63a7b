namespace Cosyn.Rendering.Chromium;

/// <summary>A render plus the page's text as the browser saw it (body text for HTML, the SVG markup for libraries), for content checks.</summary>
internal sealed record ChromiumRender(RenderResult Result, string? DomText);
