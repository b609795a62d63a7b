using System.Text.Json;
using System.Text.RegularExpressions;
using Cosyn.Families.Shared.Data;

namespace Cosyn.Families.Tables;

/// <summary>
/// Writes a table's <c>data</c> text, the JSON the paper's table pipelines use. Shape (optional keys omitted when unused):
/// <code>
/// {"title": str, "caption": str?, "row_header": str, "group_header": str?, "column_header": str?, "measure": str?,
///  "column_groups": [{"name": str, "columns": [str]}]?,
///  "columns": [{"name": str, "unit": str, "decimals": int}],
///  "rows": [{"group": str?, "name": str, "cells": [number | null]}],
///  "totals": {"label": str, "cells": [number | null]}?,
///  "highlight": {"rule": "highest value in each column" | "lowest value in each column", "cells": [{"row": str, "column": str}]}?}
/// </code>
/// A null cell is unreported (drawn as a dash); a null total marks a column that does not add up.
/// </summary>
public static partial class TableJson
{
    public static string Write(TableSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = DataJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", spec.Title);
            WriteOptional(json, "caption", spec.Caption);
            json.WriteString("row_header", spec.RowLabel);
            WriteOptional(json, "group_header", spec.GroupLabel);
            WriteOptional(json, "column_header", spec.ColumnLabel);
            WriteOptional(json, "measure", spec.Measure);
            if (spec.ColumnGroups.Count > 0)
            {
                json.WriteStartArray("column_groups");
                foreach (var group in spec.ColumnGroups)
                {
                    json.WriteStartObject();
                    json.WriteString("name", group.Name);
                    json.WriteStartArray("columns");
                    spec.Columns.Skip(group.Start).Take(group.Count).ToList().ForEach(c => json.WriteStringValue(c.Name));
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("columns");
            foreach (var column in spec.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("unit", column.Unit);
                json.WriteNumber("decimals", column.Decimals);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in spec.Rows)
            {
                json.WriteStartObject();
                WriteOptional(json, "group", row.Group);
                json.WriteString("name", row.Name);
                WriteCells(json, row.Cells, spec.Columns);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (spec.Totals is { } totals)
            {
                json.WriteStartObject("totals");
                json.WriteString("label", spec.TotalsLabel);
                WriteCells(json, totals, spec.Columns);
                json.WriteEndObject();
            }

            if (spec.Highlight is { } highlight)
            {
                json.WriteStartObject("highlight");
                json.WriteString("rule", highlight.Rule);
                json.WriteStartArray("cells");
                foreach (var cell in highlight.Cells)
                {
                    json.WriteStartObject();
                    json.WriteString("row", spec.Rows[cell.Row].Name);
                    json.WriteString("column", spec.Columns[cell.Column].Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });

        return CompactArrays(text) + "\n";
    }

    // Arrays of plain values (cells, column names) read best on one line; objects keep their indentation.
    private static string CompactArrays(string json) =>
        ScalarArray().Replace(json, m => "[" + string.Join(", ", ArrayItem().Matches(m.Groups[1].Value).Select(v => v.Value)) + "]");

    [GeneratedRegex(@"\[\s*([^\[\]{}""]*(?:""[^""]*""[^\[\]{}""]*)*?)\s*\]")]
    private static partial Regex ScalarArray();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|[^,\s]+")]
    private static partial Regex ArrayItem();

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    // Cells as JSON numbers with the column's decimals (12.50 stays 12.50), null where unreported.
    private static void WriteCells(Utf8JsonWriter json, IReadOnlyList<decimal?> cells, IReadOnlyList<TableColumn> columns)
    {
        json.WriteStartArray("cells");
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is { } v)
            {
                json.WriteRawValue(TableFormat.Plain(v, columns[i].Decimals));
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndArray();
    }
}
