using Cosyn.Tests.Families.Tables.Checking;

using static Cosyn.Tests.Testing.Checking.CheckerFormat;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Funnel answers beyond plain reading: conversion rates between stages and the stage with the largest drop.</summary>
internal static class FunnelChecks
{
    public static string? Solve(CheckerTable t, string q)
    {
        var v = t.Series[0].Values.Select(x => x!.Value).ToList();
        var stages = t.Categories;
        if (v.Zip(v.Skip(1)).Any(p => p.Second >= p.First))
        {
            throw new InvalidOperationException("funnel stages do not decrease");
        }

        decimal Rate(string a, string b) => v[t.Index(b)] / v[t.Index(a)] * 100;
        if ((Match(q, @"What percentage of the .+ at the (?<a>{C}) stage reached the (?<b>{C}) stage\? Round to one decimal place\.", stages)
            ?? Match(q, @"What is the conversion rate from (?<a>{C}) to (?<b>{C}), in percent\? Round to one decimal place\.", stages)) is { } m1)
        {
            return Round(Rate(m1.Groups["a"].Value, m1.Groups["b"].Value), 1);
        }

        if (Match(q, @"Which stage loses the most .+ compared with the stage before it\?") is not null || Match(q, @"At which stage is the largest drop from the previous stage\?") is not null)
        {
            var drops = Enumerable.Range(1, v.Count - 1).Select(i => v[i - 1] - v[i]).ToList();
            return drops.Count(d => d == drops.Max()) == 1 ? stages[drops.IndexOf(drops.Max()) + 1] : throw new InvalidOperationException("tied drop");
        }

        if (Match(q, @"Did more than (?<f>a quarter|a third|half|two thirds|three quarters) of the .+ at the (?<a>{C}) stage reach the (?<b>{C}) stage\?", stages) is { } m2)
        {
            var limit = m2.Groups["f"].Value switch { "a quarter" => 25m, "a third" => 100m / 3, "half" => 50m, "two thirds" => 200m / 3, _ => 75m };
            return YesNo(Rate(m2.Groups["a"].Value, m2.Groups["b"].Value) > limit);
        }

        if (Match(q, @"Is the conversion rate from (?<a>{C}) to (?<b>{C}) above (?<p>\d+)%\?", stages) is { } m3)
        {
            return YesNo(Rate(m3.Groups["a"].Value, m3.Groups["b"].Value) > Num(m3.Groups["p"].Value));
        }

        return null;
    }
}
