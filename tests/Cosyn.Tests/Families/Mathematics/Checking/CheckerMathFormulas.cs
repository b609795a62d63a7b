using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Mathematics.Checking;

/// <summary>Every solution step recomputed from the givens, one textbook formula set per problem kind.</summary>
internal static class CheckerMathFormulas
{
    public static Dictionary<string, CheckerValue> Compute(string kind, Dictionary<string, CheckerValue> g, List<string> labels)
    {
        CheckerFraction F(string key) => g[key].IsFraction ? g[key].Coefficient : throw new InvalidOperationException($"{key} is not a fraction");
        var r = new Dictionary<string, CheckerValue>(StringComparer.Ordinal);
        switch (kind)
        {
            case "linear-equation":
                r["c-b"] = F("c") - F("b");
                r["x"] = (F("c") - F("b")) / F("a");
                break;
            case "quadratic-equation":
                {
                    var (a, b, c) = (F("a"), F("b"), F("c"));
                    var d = (b * b) - (4 * a * c);
                    r["D"] = d;
                    var root = Math.Sqrt(d.ToDouble());
                    var s = new CheckerFraction((long)Math.Round(root), 1);
                    r["x1"] = (new CheckerFraction(0, 1) - b - s) / (2 * a);
                    r["x2"] = (new CheckerFraction(0, 1) - b + s) / (2 * a);
                    r["sum"] = r["x1"].Coefficient + r["x2"].Coefficient;
                    r["product"] = r["x1"].Coefficient * r["x2"].Coefficient;
                    break;
                }

            case "linear-system":
                {
                    var det = (F("a1") * F("b2")) - (F("a2") * F("b1"));
                    r["det"] = det;
                    var x = ((F("c1") * F("b2")) - (F("c2") * F("b1"))) / det;
                    var y = ((F("a1") * F("c2")) - (F("a2") * F("c1"))) / det;
                    (r["x"], r["y"], r["x+y"]) = (x, y, x + y);
                    break;
                }

            case "percent-discount":
                {
                    var subtotal = F("price") * F("count");
                    var discount = (subtotal * F("percent") / 100).ToCents();
                    var sale = subtotal - discount;
                    (r["subtotal"], r["discount"], r["sale"]) = (subtotal, discount, sale);
                    if (g.ContainsKey("tax"))
                    {
                        var tax = (sale * F("tax") / 100).ToCents();
                        (r["taxAmount"], r["total"]) = (tax, sale + tax);
                    }

                    break;
                }

            case "travel-rate":
                {
                    var d1 = F("v1") * F("t1");
                    var d2 = F("v2") * F("t2");
                    (r["d1"], r["d2"], r["d"], r["t"], r["v"]) = (d1, d2, d1 + d2, F("t1") + F("t2"), (d1 + d2) / (F("t1") + F("t2")));
                    break;
                }

            case "right-triangle":
                {
                    var bc = F("BC");
                    CheckerFraction ac;
                    if (g.ContainsKey("AC"))
                    {
                        ac = F("AC");
                        r["AB"] = Sqrt((bc * bc) + (ac * ac));
                    }
                    else
                    {
                        var ab = F("AB");
                        r["AC"] = Sqrt((ab * ab) - (bc * bc));
                        ac = r["AC"].Coefficient;
                    }

                    r["area"] = bc * ac / 2;
                    var hyp = g.TryGetValue("AB", out var given) ? given : r["AB"];
                    if (hyp.IsFraction)
                    {
                        r["perimeter"] = bc + ac + hyp.Coefficient;
                    }

                    break;
                }

            case "triangle-angles":
                {
                    var c = 180 - F("A") - F("B");
                    (r["C"], r["exterior"]) = (c, F("A") + F("B"));
                    r["largest"] = new[] { F("A"), F("B"), c }.MaxBy(v => v.ToDouble());
                    break;
                }

            case "circle-sector":
                {
                    var (radius, theta) = (F("r"), F("theta"));
                    r["circumference"] = CheckerValue.TimesPi(2 * radius);
                    r["arc"] = CheckerValue.TimesPi(theta * radius / 180);
                    r["circleArea"] = CheckerValue.TimesPi(radius * radius);
                    r["sector"] = CheckerValue.TimesPi(theta * radius * radius / 360);
                    break;
                }

            case "rectangle":
                r["area"] = F("AB") * F("BC");
                r["perimeter"] = 2 * (F("AB") + F("BC"));
                r["AC"] = Sqrt((F("AB") * F("AB")) + (F("BC") * F("BC")));
                break;
            case "regular-polygon":
                r["perimeter"] = F("n") * F("s");
                r["sum"] = (F("n") - 2) * 180;
                r["interior"] = (F("n") - 2) * 180 / F("n");
                r["exterior"] = new CheckerFraction(360, 1) / F("n");
                break;
            case "coordinate-segment":
                {
                    var (dx, dy) = (F("x2") - F("x1"), F("y2") - F("y1"));
                    r["PQ"] = Sqrt((dx * dx) + (dy * dy));
                    r["mx"] = (F("x1") + F("x2")) / 2;
                    r["my"] = (F("y1") + F("y2")) / 2;
                    r["m"] = dy / dx;
                    r["b"] = F("y1") - (dy / dx * F("x1"));
                    break;
                }

            case "cylinder":
                {
                    var (radius, h) = (F("r"), F("h"));
                    r["base"] = CheckerValue.TimesPi(radius * radius);
                    r["volume"] = CheckerValue.TimesPi(radius * radius * h);
                    r["lateral"] = CheckerValue.TimesPi(2 * radius * h);
                    r["surface"] = CheckerValue.TimesPi((2 * radius * radius) + (2 * radius * h));
                    break;
                }

            case "rectangular-prism":
                r["base"] = F("l") * F("w");
                r["volume"] = F("l") * F("w") * F("h");
                r["surface"] = 2 * ((F("l") * F("w")) + (F("l") * F("h")) + (F("w") * F("h")));
                break;
            case "bag-draw":
                {
                    var color = labels.Select(l => Regex.Match(l, "^probability that a single draw is (?<c>(?!not ).+)$")).Single(m => m.Success).Groups["c"].Value;
                    var total = g.Where(e => e.Key.StartsWith('n')).Aggregate(new CheckerFraction(0, 1), (s, e) => s + e.Value.Coefficient);
                    var k = F("n" + color);
                    r["total"] = total;
                    r["p1"] = k / total;
                    r["pnot"] = (total - k) / total;
                    r["p2"] = k * (k - 1) / (total * (total - 1));
                    break;
                }

            case "dice-sum":
                {
                    var sides = (long)F("sides").ToDouble();
                    var target = (long)F("target").ToDouble();
                    long hits = 0;
                    for (long a = 1; a <= sides; a++)
                    {
                        for (long b = 1; b <= sides; b++)
                        {
                            hits += a + b == target ? 1 : 0;
                        }
                    }

                    r["outcomes"] = sides * sides;
                    r["favourable"] = hits;
                    r["p"] = new CheckerFraction(hits, sides * sides);
                    r["pnot"] = new CheckerFraction((sides * sides) - hits, sides * sides);
                    break;
                }

            case "tangent-line":
                {
                    var degree = g.ContainsKey("c3") ? 3 : 2;
                    var c = Enumerable.Range(0, degree + 1).Select(i => F("c" + i)).ToList();
                    var x0 = F("x0");
                    CheckerFraction Eval(IReadOnlyList<CheckerFraction> k, CheckerFraction x) => k.Select((ci, i) => ci * Pow(x, i)).Aggregate(new CheckerFraction(0, 1), (s, t) => s + t);
                    var derivative = c.Skip(1).Select((ci, i) => ci * (i + 1)).ToList();
                    r["f(x0)"] = Eval(c, x0);
                    r["lead"] = derivative[^1];
                    r["slope"] = Eval(derivative, x0);
                    r["b"] = Eval(c, x0) - (Eval(derivative, x0) * x0);
                    break;
                }

            case "definite-integral":
                {
                    CheckerFraction Anti(CheckerFraction x) => (F("c2") * Pow(x, 3) / 3) + (F("c1") * Pow(x, 2) / 2) + (F("c0") * x);
                    var (lo, hi) = (F("a"), F("b"));
                    r["F(b)"] = Anti(hi);
                    r["F(a)"] = Anti(lo);
                    r["integral"] = Anti(hi) - Anti(lo);
                    break;
                }

            default:
                throw new InvalidOperationException($"unknown kind {kind}");
        }

        return r;
    }

    private static CheckerFraction Pow(CheckerFraction x, int n) => Enumerable.Repeat(x, n).Aggregate(new CheckerFraction(1, 1), (a, b) => a * b);

    private static CheckerValue Sqrt(CheckerFraction square)
    {
        if (!square.Bottom.IsOne)
        {
            throw new InvalidOperationException("square root of a fraction");
        }

        return CheckerValue.Root((long)square.Top);
    }
}
