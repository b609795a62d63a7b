namespace Cosyn.Families.Circuits;

/// <summary>Component values for a planned circuit: preferred (E12/E24) values in ranges typical of each kind of stage.</summary>
public static class CircuitDataGenerator
{
    private static readonly decimal[] DcVolts = [3.3m, 5m, 6m, 9m, 12m, 15m, 24m];
    private static readonly decimal[] AcVolts = [5m, 10m, 12m, 24m];
    private static readonly decimal[] InputVolts = [0.05m, 0.1m, 0.2m, 0.25m, 0.3m, 0.4m, 0.5m, 0.75m, 1m, 1.2m, 1.5m, 2m];
    private static readonly decimal[] CapacitorSteps = [1.0m, 1.5m, 2.2m, 3.3m, 4.7m, 6.8m];

    public static CircuitSpec Generate(CircuitPlan plan, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        var series = random.Chance(0.5) ? ESeries.E12 : ESeries.E24;
        return plan.FigureType switch
        {
            CircuitFigureTypes.Series => Resistive(plan, random, series, random.Next(2, 5)),
            CircuitFigureTypes.Parallel => Resistive(plan, random, series, random.Next(2, 4)),
            CircuitFigureTypes.Divider => Resistive(plan, random, series, 2),
            CircuitFigureTypes.Rc => new CircuitSpec(plan.FigureType, plan.Title, random.Pick(DcVolts),
            [
                new CircuitPart("R1", CircuitPart.Resistor, ESeries.Pick(random, series, 2, 4)),
                new CircuitPart("C1", CircuitPart.Capacitor, ESeries.Pick(random, CapacitorSteps, -9, -5)),
            ]),
            CircuitFigureTypes.Rlc => new CircuitSpec(plan.FigureType, plan.Title, random.Pick(AcVolts),
            [
                new CircuitPart("R1", CircuitPart.Resistor, ESeries.Pick(random, series, 1, 2)),
                new CircuitPart("L1", CircuitPart.Inductor, ESeries.Pick(random, ESeries.E12, -4, -2)),
                new CircuitPart("C1", CircuitPart.Capacitor, ESeries.Pick(random, CapacitorSteps, -8, -6)),
            ]),
            CircuitFigureTypes.OpAmp => OpAmp(plan, random, series),
            _ => throw new ArgumentException($"circuit-latex cannot draw '{plan.FigureType}'.", nameof(plan)),
        };
    }

    private static CircuitSpec Resistive(CircuitPlan plan, SeededRandom random, IReadOnlyList<decimal> series, int count)
    {
        // Neighbouring decades only, so the values read like one design rather than a random spread.
        var low = random.Next(2, 4);
        var parts = Enumerable.Range(1, count)
            .Select(i => new CircuitPart($"R{i}", CircuitPart.Resistor, ESeries.Pick(random, series, low, low + 1)))
            .ToList();
        return new CircuitSpec(plan.FigureType, plan.Title, random.Pick(DcVolts), parts);
    }

    private static CircuitSpec OpAmp(CircuitPlan plan, SeededRandom random, IReadOnlyList<decimal> series)
    {
        var supply = random.Chance(0.5) ? 12m : 15m;
        while (true)
        {
            var input = ESeries.Pick(random, series, 3, 4);
            var feedback = ESeries.Pick(random, series, 3, 5);
            var gain = plan.Inverting ? feedback / input : 1 + (feedback / input);
            var volts = random.Pick(InputVolts);
            // Keep the output well inside the rails: a saturated amplifier would make the gain arithmetic wrong.
            if (feedback > input && gain <= 25 && volts * gain <= supply - 1.5m)
            {
                CircuitPart[] parts = [new(plan.Inverting ? "Rin" : "Rg", CircuitPart.Resistor, input), new("Rf", CircuitPart.Resistor, feedback)];
                return new CircuitSpec(plan.FigureType, plan.Title, volts, parts, plan.Inverting, supply);
            }
        }
    }
}
