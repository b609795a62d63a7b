namespace Cosyn.Families.Circuits;

/// <summary>The stages of circuit pipelines: persona-conditioned circuits of preferred values, their netlist JSON, QA by circuit analysis.</summary>
public static class CircuitStages
{
    /// <summary>The stages for one pipeline.</summary>
    public static PipelineStages<CircuitPlan, CircuitSpec> Create() =>
        new(CircuitTopicPlanner.Plan, CircuitDataGenerator.Generate, CircuitJson.Write, CircuitQaGenerator.Generate);
}
