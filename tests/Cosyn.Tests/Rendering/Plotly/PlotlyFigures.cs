namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>Figure JSON as <c>fig.to_json()</c> writes it, for the chart and table kinds of the plotly pipelines.</summary>
internal static class PlotlyFigures
{
    public const string Bar = """{"data": [{"type": "bar", "x": ["Oslo", "Bergen", "Tromso"], "y": [709, 285, 77]}], "layout": {"title": {"text": "City population"}, "xaxis": {"title": {"text": "Norwegian city"}}, "yaxis": {"title": {"text": "Thousands"}}}}""";

    public const string Line = """{"data": [{"type": "scatter", "mode": "lines+markers", "x": [2019, 2020, 2021], "y": [3.1, 2.4, 4.0], "name": "Growth"}], "layout": {"title": {"text": "GDP growth"}, "xaxis": {"title": {"text": "Fiscal year"}}}}""";

    public const string Pie = """{"data": [{"type": "pie", "labels": ["Rent", "Food", "Travel"], "values": [45, 30, 25], "textinfo": "label+percent"}], "layout": {"title": {"text": "Monthly budget"}}}""";

    public const string Scatter = """{"data": [{"type": "scatter", "mode": "markers", "x": [1, 2, 3, 4], "y": [10, 15, 13, 17], "name": "Trial A"}, {"type": "scatter", "mode": "markers", "x": [1, 2, 3, 4], "y": [16, 5, 11, 9], "name": "Trial B"}], "layout": {"xaxis": {"title": {"text": "Dose mg"}}, "yaxis": {"title": {"text": "Response"}}}}""";

    public const string Table = """{"data": [{"type": "table", "header": {"values": ["Planet", "Moons"]}, "cells": {"values": [["Earth", "Mars", "Jupiter"], [1, 2, 95]]}}], "layout": {"title": {"text": "Moons per planet"}}}""";
}
