namespace Cosyn.Tests.Rendering.Svg;

/// <summary>Realistic SVG inputs of the kinds graphic-svg generates.</summary>
internal static class SvgSamples
{
    public const string GradientPoster = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400">
          <defs>
            <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0" stop-color="#bfe3ff"/><stop offset="1" stop-color="#ffffff"/>
            </linearGradient>
            <radialGradient id="sun"><stop offset="0" stop-color="#ffd54f"/><stop offset="1" stop-color="#ff9800"/></radialGradient>
          </defs>
          <rect width="600" height="400" fill="url(#sky)"/>
          <circle cx="545" cy="60" r="40" fill="url(#sun)"/>
          <text x="40" y="90" font-family="DejaVu Sans" font-size="44" font-weight="bold" fill="#0d3b66">Summer Festival</text>
          <text x="40" y="150" font-family="DejaVu Sans" font-size="28" fill="#333">Riverside Park, 14 July</text>
        </svg>
        """;

    public const string Geometry = """
        <svg xmlns="http://www.w3.org/2000/svg" width="500" height="400" viewBox="0 0 500 400">
          <rect width="500" height="400" fill="white"/>
          <polygon points="80,320 420,320 200,80" fill="none" stroke="black" stroke-width="3"/>
          <line x1="200" y1="80" x2="200" y2="320" stroke="gray" stroke-dasharray="8 6" stroke-width="2"/>
          <text x="60" y="350" font-family="DejaVu Sans" font-size="28">A</text>
          <text x="425" y="350" font-family="DejaVu Sans" font-size="28">B</text>
          <text x="190" y="65" font-family="DejaVu Sans" font-size="28">C</text>
          <text x="206" y="270" font-family="DejaVu Sans" font-size="20">height 6 cm</text>
          <text x="200" y="380" font-family="DejaVu Sans" font-size="24">base 10 cm</text>
        </svg>
        """;

    public const string LabelledIcons = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 260">
          <rect width="640" height="260" fill="#fafafa"/>
          <g font-family="DejaVu Sans" font-size="26" text-anchor="middle">
            <circle cx="110" cy="100" r="55" fill="#4caf50"/><path d="M85 100 l18 18 l35 -38" stroke="white" stroke-width="10" fill="none"/>
            <text x="110" y="205">Approved</text>
            <rect x="265" y="45" width="110" height="110" rx="18" fill="#2196f3"/><rect x="295" y="75" width="50" height="50" fill="white"/>
            <text x="320" y="205">Storage</text>
            <polygon points="530,45 590,155 470,155" fill="#f44336"/><rect x="524" y="80" width="12" height="45" fill="white"/>
            <text x="530" y="205">Warning</text>
          </g>
        </svg>
        """;

    public const string Badge = """
        <svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
          <rect width="300" height="120" fill="white"/>
          <rect x="10" y="20" width="150" height="80" rx="10" fill="#555"/>
          <rect x="150" y="20" width="140" height="80" rx="10" fill="#4c1"/>
          <rect x="150" y="20" width="20" height="80" fill="#4c1"/>
          <g font-family="DejaVu Sans" font-size="30" fill="white">
            <text x="30" y="72">build</text><text x="170" y="72">passing</text>
          </g>
        </svg>
        """;

    public const string Map = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 700 450">
          <rect width="700" height="450" fill="#dff1ff"/>
          <path d="M60 80 L330 60 L360 250 L120 300 Z" fill="#cde8b5" stroke="#557a3a" stroke-width="3"/>
          <path d="M360 250 L330 60 L620 90 L640 330 Z" fill="#f6e3b4" stroke="#8a6d2f" stroke-width="3"/>
          <circle cx="200" cy="170" r="8" fill="#c62828"/><circle cx="500" cy="200" r="8" fill="#c62828"/>
          <g font-family="DejaVu Sans" font-size="26" fill="#222">
            <text x="150" y="150">Northvale</text><text x="440" y="180">Eastmoor</text>
            <text x="250" y="400">Silver Lake</text>
          </g>
        </svg>
        """;
}
