namespace Cosyn.Tests.Rendering.Asymptote;

/// <summary>Realistic Asymptote figures of the kinds graphic-asymptote generates (geometry problems).</summary>
internal static class AsymptoteSamples
{
    public const string Triangle = """
        size(8cm);
        pair A = (0,0), B = (6,0), C = (2,4);
        draw(A--B--C--cycle, linewidth(1));
        label("$A$", A, SW); label("$B$", B, SE); label("$C$", C, N);
        label("$6$ cm", (A+B)/2, S);
        label("Triangle ABC", (3,-1.4));
        """;

    public const string CircleAngle = """
        import geometry;
        size(8cm);
        pair O = (0,0);
        draw(circle(O, 3), linewidth(1));
        pair P = 3*dir(20), Q = 3*dir(110);
        draw(O--P); draw(O--Q);
        draw(arc(O, 0.8, 20, 110), Arrow);
        label("$90^\circ$", 1.2*dir(65));
        label("radius 3", (O+P)/2, S);
        dot("O", O, SW);
        label("Central Angle", (0, -3.7));
        """;

    public const string FunctionGraph = """
        import graph;
        size(10cm, 7cm, IgnoreAspect);
        real f(real x) { return x^2 - 2; }
        draw(graph(f, -2, 2), blue + linewidth(1));
        xaxis("Time", BottomTop, LeftTicks);
        yaxis("Height", LeftRight, RightTicks);
        label("Parabola", (0, 1.5));
        """;

    public const string Polygon = """
        size(8cm);
        path hex = polygon(6);
        fill(hex, lightyellow);
        draw(hex, linewidth(1));
        for (int i = 0; i < 6; ++i) dot(dir(90 + 60*i));
        label("Regular Hexagon", (0, -1.25));
        label("side 1", 1.15*(dir(-30)+dir(30))/2, E);
        """;

    public const string Cube = """
        import three;
        size(7cm);
        currentprojection = orthographic(4, 3, 2);
        draw(unitbox, lightblue + opacity(0.6));
        draw(O--X, Arrow3); draw(O--Y, Arrow3); draw(O--Z, Arrow3);
        label("Unit Cube", (0.5, 0.5, 1.6));
        """;

    public const string Hello = """
        size(6cm);
        draw(box((0,0), (4,2)));
        label("Recovered", (2,1));
        """;
}
